package analyze

// speechVerbs introduce what someone said, in the forms news uses.
var speechVerbs = setOf(
	"said", "says", "say", "told", "tells", "stated", "states", "added", "adds", "noted", "notes",
	"argued", "argues", "warned", "warns", "claimed", "claims", "declared", "declares", "explained",
	"explains", "insisted", "insists", "asserted", "asserts", "acknowledged", "acknowledges", "admitted",
	"admits", "announced", "announces", "confirmed", "confirms", "denied", "denies", "described",
	"describes", "called", "calls", "wrote", "writes", "tweeted", "posted", "remarked", "replied",
	"replies", "responded", "responds", "recalled", "recalls", "suggested", "suggests", "urged", "urges",
	"asked", "asks", "emphasized", "emphasised", "emphasizes", "emphasises", "stressed", "stresses",
	"continued", "continues", "concluded", "observed", "cautioned", "predicted", "predicts",
	"maintained", "maintains", "indicated", "indicates", "countered", "contended", "conceded", "vowed",
	"pledged", "promised", "hinted", "mused", "quipped", "joked", "conceded", "agreed", "disclosed",
	"revealed", "reiterated", "repeated", "signaled", "signalled", "assured", "alleged", "commented",
	"testified", "briefed", "informed", "answered", "objected", "protested", "complained", "boasted",
	"estimated", "reported", "reports", "believes", "believed", "thinks", "thought", "hopes", "hoped",
	"expects", "expected", "fears", "feared",
)

func isSpeechVerb(w string) bool { return speechVerbs[w] }
