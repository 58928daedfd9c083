package analyze

// roleNouns name a position, job or relation: the head of a title
// ("Russian President", "special envoy") or of a descriptor ("CEO of the
// Russian Direct Investment Fund", "a longtime Trump associate").
var roleNouns = setOf(
	"president", "vice-president", "president-elect", "premier", "chancellor", "minister", "secretary",
	"senator", "sen.", "rep.", "representative", "congressman", "congresswoman", "lawmaker", "legislator",
	"governor", "gov.", "mayor", "envoy", "envoys", "ambassador", "amb.", "diplomat", "negotiator", "negotiators",
	"adviser", "advisor", "advisers", "advisors", "aide", "aides", "spokesman", "spokeswoman", "spokesperson",
	"chairman", "chairwoman", "chair", "ceo", "cfo", "coo", "chief", "director", "head", "leader", "commander",
	"general", "gen.", "admiral", "adm.", "colonel", "col.", "lieutenant", "lt.", "major", "maj.", "captain",
	"capt.", "sergeant", "sgt.", "officer", "king", "queen", "prince", "princess", "pope", "emperor", "sheikh",
	"emir", "monarch", "son-in-law", "daughter-in-law", "father-in-law", "son", "daughter", "wife", "husband",
	"father", "mother", "brother", "sister", "analyst", "expert", "professor", "prof.", "researcher", "scholar",
	"reporter", "correspondent", "editor", "journalist", "columnist", "lawyer", "attorney", "judge", "justice",
	"prosecutor", "official", "officials", "mogul", "tycoon", "developer", "founder", "co-founder", "owner",
	"executive", "investor", "banker", "economist", "strategist", "candidate", "nominee", "delegate",
	"commissioner", "counsel", "associate", "confidant", "confidante", "ally", "critic", "activist",
	"coach", "player", "striker", "manager", "governor-general", "speaker", "whip", "deputy", "undersecretary",
	"secretary-general", "director-general", "inspector", "detective", "sheriff", "physician", "doctor",
	"scientist", "author", "writer", "actor", "actress", "singer", "billionaire", "businessman",
	"businesswoman", "entrepreneur", "citizen", "member", "partner", "representative", "observer", "host",
	"anchor", "presenter", "pastor", "bishop", "archbishop", "cardinal", "rabbi", "imam", "cleric",
)

// titleModifiers may stand in a title before its role noun: "former",
// "special", "senior foreign policy" …
var titleModifiers = setOf(
	"former", "special", "senior", "chief", "deputy", "acting", "top", "presidential", "foreign", "policy",
	"interim", "outgoing", "incoming", "then", "longtime", "long-time", "veteran", "real", "estate", "national",
	"security", "defense", "defence", "finance", "economy", "economic", "trade", "state", "prime", "vice",
	"executive", "managing", "general", "political", "military", "intelligence", "press", "first", "lead",
	"assistant", "associate", "principal", "regional", "federal", "opposition", "party", "union", "labour",
	"labor", "health", "interior", "justice", "energy", "climate", "team", "unofficial", "official", "de",
	"facto", "self-proclaimed", "elected", "newly", "current", "sitting", "ex", "ex-", "retired", "late",
	"erstwhile", "onetime", "one-time", "incumbent", "serving", "self-styled", "self-appointed",
)

// honorifics come before a name but describe nobody.
var honorifics = setOf("mr.", "mrs.", "ms.", "mx.", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady")

// orgSuffixes after a person's name make the phrase an organisation:
// "the Trump administration", "the Biden campaign".
var orgSuffixes = setOf("administration", "administrations", "campaign", "presidency", "government",
	"cabinet", "team", "foundation", "organization", "organisation", "era", "doctrine", "camp")
