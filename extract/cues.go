package extract

import (
	"regexp"
	"strings"
)

// A cue recognises one family of cruft. Whole matches the entire line
// (after trimming and dropping trailing punctuation); Part matches anywhere
// but only in lines of at most MaxWords words. Families are general to news
// pages: they name what a reader sees on thousands of sites (comment forms,
// share bars, newsletter boxes), never a phrase of one site.
type cue struct {
	Reason   string
	Whole    *regexp.Regexp
	Part     *regexp.Regexp
	MaxWords int
}

func re(s string) *regexp.Regexp { return regexp.MustCompile(`(?i)` + s) }

var months = monthPattern()

const (
	socialNets = `(?:facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|print|flipboard|tumblr|threads|bluesky|mastodon|messenger|sms|copy link|copy|mail|vk|weibo|wechat|line|pocket|instagram|youtube|tiktok)`
	weekdays   = `(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday|rsday)?\.?`
	clock      = `\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4}|\s*(?:utc|gmt)(?:[+-]\d{1,2})?)?`
)

var dayDate = `(?:` + weekdays + `,?\s+)?(?:` + months + `\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+` + months + `,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})`

// dateText matches a line that is only a date and/or time.
var dateText = re(`^(?:` + dayDate + `(?:,?\s*(?:at\s+)?` + clock + `)?|` + clock + `(?:,?\s*` + dayDate + `)?)$`)

var cues = []cue{
	{Reason: "comment-prompt", Whole: re(`^(?:\d+\s+)?(?:comments?|responses?|replies|reader comments|discussion)(?:\s*\(\d+\))?$|^(?:leave|post|add|write|submit|show|view|load|hide|read|see|open)\s+(?:a|your|the|all|\d+|more)?\s*(?:comments?|reply|replies|responses?)(?:\s*\(\d+\))?$|^(?:join|start) the (?:discussion|conversation|debate)$|^(?:leave a reply|cancel reply|be the first to comment|no comments yet|have your say|comment on this (?:story|article|post))$|^(?:there are|there is) (?:no|\d+) comments?.*$|^(?:\d+\s+)?(?:commentaires?|kommentare?|comentarios?|commenti|reacties)$|^(?:laisser|écrire|ajouter) un commentaire$|^(?:kommentar|kommentare) (?:schreiben|anzeigen)$|^(?:deja|escribe|añade) (?:un|tu) comentario$|^lascia un commento$`)},
	{Reason: "comment-prompt", Part: re(`\b(?:share|post|leave|drop|add|send)\s+(?:us\s+)?(?:your|a)\s+(?:thoughts|comments?|opinions?|views|reply|feedback)\b|\b(?:tell|let) us (?:know|what you think|your)\b|\bjoin the (?:discussion|conversation|debate)\b|\bin the comments?(?: section)?(?: below)?\s*[.!]*$|\bcomments? (?:section )?below\b|\bwhat do you think\?|\b(?:log|sign) ?in(?: or (?:register|sign ?up))? to (?:comment|join|post|reply|participate)|\bcomments? (?:are|have been) (?:closed|disabled|moderated)`), MaxWords: 40},
	{Reason: "comment-form", Part: re(`your email address will not be published|required fields are marked|save my name, email,? and website|notify me of (?:follow-up|new) (?:comments|posts)|you must be logged in to post a comment`), MaxWords: 40},
	{Reason: "related-links", Whole: re(`^(?:you (?:may|might|could|will|'ll|’ll) (?:also )?(?:like|enjoy|be interested in|want to read|also want to read)|(?:related|recommended|suggested|similar|popular|trending|latest|top|more|most read|most popular|most viewed|most shared|editor'?s?’?s? picks?)(?:\s+(?:articles?|stories|posts|news|content|reading|links|videos|for you|now|today|this week|topics|coverage|headlines))?|see also|also read|read (?:more|also|next)|further reading|more (?:from|on|in|like this|to read|stories|news|on this story)(?:\s+.{0,40})?|don'?’?t miss|what to read next|keep reading|up next|in (?:other|case you missed|related) news|more coverage|recommended for you|(?:à )?lire aussi|voir aussi|sur le même sujet|mehr zum thema|lesen sie auch|auch interessant|das könnte sie auch interessieren|te puede interesar|lee también|noticias relacionadas|leggi anche|potrebbe interessarti)$`)},
	{Reason: "related-links", Part: re(`^(?:related|read more|read also|also read|see also|more|recommended|watch|listen|read next|must read|trending|explore more)\s*[:|»›>-]\s*\S`), MaxWords: 30},
	{Reason: "spam-notice", Part: re(`\bakismet\b|\breduce spam\b|\bspam (?:filter|protection)\b|protected by recaptcha|google privacy policy and terms of service apply`), MaxWords: 40},
	{Reason: "adblock-notice", Part: re(`\bad[- ]?block(?:er|ers|ing)?\b|\bad blockers?\b|\b(?:disable|turn off|pause|deactivate)\b[^.]{0,30}\bad(?:s|vert\w*)?\b|\b(?:whitelist|allowlist)\b[^.]{0,30}\b(?:site|us|domain)\b`), MaxWords: 40},
	{Reason: "share-prompt", Whole: re(`^(?:share|share this|share this (?:article|story|post|page|video)|share (?:on|via|with) ` + socialNets + `|tweet|tweet this|pin it|email this|print this(?: (?:article|page|story))?|copy (?:the )?link|link copied|click to (?:share|email|print)[^.]*|like this|share this:|spread the word|partager(?: cet article| sur \w+)?|(?:artikel )?teilen|compartir(?: en \w+)?|condividi|delen|` + socialNets + `(?:[\s,|/•·]+` + socialNets + `)*)$`)},
	{Reason: "share-prompt", Part: re(`^(?:share|click to share) (?:this|on|via)\b|\bshare (?:this|the) (?:article|story|post) (?:on|with|via)\b`), MaxWords: 15},
	{Reason: "newsletter", Part: re(`\bnewsletter\b[^.]{0,40}\b(?:abonn|inscri|suscr|anmeld|iscriv)\w*|\b(?:abonn|inscri|suscr|anmeld|iscriv)\w*\b[^.]{0,40}\bnewsletter\b|\b(?:sign up|subscribe|register|get|join)\b[^.]{0,50}\bnewsletters?\b|\bnewsletters?\b[^.]{0,40}\b(?:sign up|subscribe|inbox|e-?mail)\b|\b(?:straight|directly|delivered) (?:to|into) your inbox\b|\bin your inbox\b|\benter your e-?mail\b|\bsign up for (?:our|the|free)\b|\bsubscribe to (?:our|the) (?:daily|weekly|free|mailing|email)\b`), MaxWords: 35},
	{Reason: "cookie-notice", Part: re(`\b(?:we|this (?:site|website)|our (?:site|website|partners)) (?:use|uses) cookies\b|\bcookie (?:policy|settings|preferences|consent|notice)\b|\baccept (?:all )?cookies\b|\bby (?:continuing to (?:use|browse)|using this (?:site|website))\b|\bmanage (?:consent|preferences)\b|\baccept all\b`), MaxWords: 60},
	{Reason: "paywall", Part: re(`\b(?:subscribe|register|sign ?up|log ?in|sign ?in)\b[^.]{0,40}\bto (?:continue|keep) reading\b|\bto (?:continue|keep) reading,? (?:please )?(?:subscribe|log ?in|sign ?in|register)\b|\balready (?:a )?(?:subscriber|member)\?|\bfree (?:articles?|stories) (?:left|remaining)\b|\bunlock (?:this|the full|full|unlimited) (?:article|story|access)\b|\b(?:this|the full) (?:article|story|content) is (?:only )?(?:available|reserved|exclusive)(?: only)? (?:to|for) (?:subscribers|members|premium)\b|\bsubscribe (?:now|today) (?:for|to)\b`), MaxWords: 40},
	{Reason: "advertisement", Whole: re(`^(?:advertisement|advertising|ad|ads|sponsored|sponsored content|paid content|promoted|partner content|anzeige|publicité|publicidad|pubblicità|реклама|(?:story|article|content) continues (?:below|after)(?: (?:the )?(?:advertisement|ad))?|continue reading (?:below|after (?:the )?ad(?:vertisement)?)|scroll (?:down )?to continue(?: (?:with content|reading))?|skip (?:the )?ad(?:vert\w*)?)$`)},
	{Reason: "social-follow", Part: re(`^(?:follow|like|join|find) (?:us|@\w+|\w+(?: \w+)?) (?:on|at|via) ` + socialNets + `\b|^follow (?:us|@\w+)$|\bjoin our (?:telegram|whatsapp|discord) (?:channel|group|community)\b`), MaxWords: 25},
	{Reason: "copyright", Part: re(`^\(?\s*(?:©|\(c\))|^\(?copyright\s*(?:©|\(c\))?\s*\d{4}|\ball rights reserved\b|\bmay not be (?:published|reproduced|broadcast|rewritten|redistributed)\b`), MaxWords: 40},
	{Reason: "tags", Part: re(`^(?:tags?|topics?|filed under|categories|category|keywords|posted in)\s*:`), MaxWords: 40},
	{Reason: "reading-time", Whole: re(`^(?:reading time:?\s*)?(?:about |approx\.? )?\d+\s*(?:-|–)?\s*(?:min(?:ute)?s?|m)(?:\.|\s)*(?:read|reading time|to read)?$|^(?:listen to (?:this|the) (?:article|story)|audio version|play (?:video|audio)|watch (?:video|now)|\d{1,2}:\d{2}(?:\s*min)?)$`)},
	{Reason: "promo", Whole: re(`^(?:download|get) (?:our|the) (?:free )?(?:app|apps|mobile app)\b.*$|^click here\b.{0,60}$|^(?:subscribe|sign up|register|log ?in|sign ?in|donate|support us|become a (?:member|subscriber|patron))(?: now| today| here)?$`)},
	{Reason: "credits", Whole: re(`^\(?(?:(?:additional )?reporting|writing|editing|compiled|translated|research|graphics?) by\b[^()]*\)?$`)},
	{Reason: "caption", Part: re(`\b(?:pictured|photographed)\b`), MaxWords: 30},
	{Reason: "caption", Part: re(`^(?:photo|image|picture|photograph|illustration|video|graphic|credit|source|file photo|image source|photo credit)s?\s*(?:credit)?\s*[:/]|\((?:photo|image|picture|credit)s?\b[^)]*\)|\b(?:getty images|ap photo|afp via getty|reuters/|shutterstock|istock|epa-efe|anadolu|xinhua/|alamy|wikimedia commons)\b|^(?:file|handout|supplied)\s*(?:photo|image|picture)?\s*$|^image \d+ of \d+$`), MaxWords: 45},
}

// cruftReason names the family of boilerplate a line belongs to, or "".
func cruftReason(s string, words int) string {
	core := strings.TrimRight(strings.TrimSpace(s), " .!:;·•|-–—»›>")
	for _, c := range cues {
		if c.Whole != nil && c.Whole.MatchString(core) {
			return c.Reason
		}
		if c.Part != nil && words <= c.MaxWords && c.Part.MatchString(s) {
			return c.Reason
		}
	}
	if isBreadcrumb(s) {
		return "breadcrumb"
	}
	if dateline.MatchString(core) || dateText.MatchString(core) {
		return "timestamp"
	}
	return ""
}

// dateline matches "Published 10:32 AM, March 5, 2024", "Updated: 3 hours ago".
var dateline = re(`^(?:(?:first |last )?(?:published|updated|posted|modified|last updated|publié|mis à jour|veröffentlicht|aktualisiert|publicado|actualizado|pubblicato|aggiornato)(?: (?:le|am|el|il))?(?: (?:on|at))?\s*:?\s*.{0,60}(?:\d{4}|\d{1,2}:\d{2}|ago)|(?:\d+|an?|one|two|few) (?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?) ago)$`)

// crumbSep splits breadcrumb and navigation trails.
var crumbSep = regexp.MustCompile(`\s+(?:»|›|>|→|\||/|::|•|·)\s+`)

// isBreadcrumb reports a trail like "Home » World » Title" or a menu
// "News | Sport | Weather | Culture": several segments, all short but the last.
func isBreadcrumb(s string) bool {
	parts := crumbSep.Split(s, -1)
	if len(parts) < 3 && !(len(parts) == 2 && isHome(parts[0])) {
		return false
	}
	for _, p := range parts[:len(parts)-1] {
		if n := len(strings.Fields(p)); n == 0 || n > 4 || strings.ContainsAny(p, ".?!") {
			return false
		}
	}
	return true
}

func isHome(s string) bool {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "home", "homepage", "start", "main", "news", "inicio", "startseite", "accueil", "главная":
		return true
	}
	return false
}
