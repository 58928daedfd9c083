package analyze

import (
	"math"
	"strconv"
	"strings"
	"testing"
)

// quantityString describes a quantity compactly for tables:
// "span kind interval unit iso ~approx noun=…", the interval as "4",
// "[4,5]", "(4,inf)" or "[0,100)".
func quantityString(text string, q Quantity) string {
	parts := []string{q.Text(text), q.Kind.String(), interval(q)}
	for _, s := range []string{q.Unit, q.ISO} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	if q.Approx != "" {
		parts = append(parts, "~"+q.Approx)
	}
	if q.Noun.Len() > 0 {
		parts = append(parts, "noun="+q.Noun.Text(text))
	}
	return strings.Join(parts, " ")
}

func interval(q Quantity) string {
	f := func(v float64) string {
		if math.IsInf(v, 1) {
			return "inf"
		}
		return strconv.FormatFloat(v, 'g', -1, 64)
	}
	if q.Exact() {
		return f(q.Low)
	}
	open, closing := "[", "]"
	if q.LowOpen {
		open = "("
	}
	if q.HighOpen || math.IsInf(q.High, 1) {
		closing = ")"
	}
	return open + f(q.Low) + "," + f(q.High) + closing
}

func quantitiesOf(text string) string {
	toks := Tokenize(text)
	var out []string
	for _, q := range Quantities(text, toks, Sentences(text, toks)) {
		out = append(out, quantityString(text, q))
	}
	return strings.Join(out, " | ")
}

func TestQuantities(t *testing.T) {
	tests := []struct{ in, want string }{
		// The founding corpus.
		{"Jared Kushner and Steve Witkoff held a four-hour meeting with Vladimir Putin.",
			"four-hour duration 4 hour PT4H noun=meeting"},
		{"Putin’s 5-Hour Meeting with Kushner & Witkoff: A New Era of Shadow Diplomacy?",
			"5-Hour duration 5 hour PT5H noun=Meeting"},
		{"Putin held a five-hour meeting in Moscow. Five. Hours. The guests left with little.",
			"five-hour duration 5 hour PT5H noun=meeting | Five. Hours duration 5 hour PT5H noun=Hours"},
		{"A staggering $145 billion in pledged U.S. aid hangs in the balance.",
			"$145 billion money 1.45e+11 USD noun=aid"},
		{"The delegation delivered four documents, including a detailed 27-point plan.",
			"four count 4 noun=documents | 27-point count 27 point noun=plan"},
		{"The text is a revision of the 28-point plan.", "28-point count 28 point noun=plan"},
		{"The talks lasted more than four hours.", "more than four hours duration (4,inf) hour PT4H ~more than noun=hours"},
		{"By another account they spoke for nearly 5 hours.", "nearly 5 hours duration [4.5,5] hour PT5H ~nearly noun=hours"},
		{"The four-hour duration suggests substantive talks.", "four-hour duration 4 hour PT4H noun=duration"},
		{"Witkoff secured a five-hour audience with Putin.", "five-hour duration 5 hour PT5H noun=audience"},

		// Durations written out.
		{"The meeting lasted five hours.", "five hours duration 5 hour PT5H noun=hours"},
		{"They spoke by phone for 90 minutes on Sunday.", "90 minutes duration 90 minute PT90M noun=minutes"},
		{"The summit will last three days.", "three days duration 3 day P3D noun=days"},
		{"Inspectors have two weeks to report.", "two weeks duration 2 week P2W noun=weeks"},
		{"He served 18 months in prison.", "18 months duration 18 month P18M noun=months"},
		{"The ceasefire held for a fortnight.", "a fortnight duration 2 week P2W noun=fortnight"},
		{"The conflict has dragged on for two decades.", "two decades duration 20 year P20Y noun=decades"},
		{"They signed a two-year deal that covers grain exports.", "two-year duration 2 year P2Y noun=deal"},
		{"It was his first trip in two years.", "first ordinal 1 noun=trip | two years duration 2 year P2Y noun=years"},
		{"The vote took an hour and a half.", "an hour and a half duration 1.5 hour PT1.5H noun=hour"},
		{"Half an hour later the sirens stopped.", "Half an hour duration 0.5 hour PT0.5H noun=hour"},
		{"Talks ran for one and a half hours.", "one and a half hours duration 1.5 hour PT1.5H noun=hours"},
		{"The session lasted 2.5 hours.", "2.5 hours duration 2.5 hour PT2.5H noun=hours"},
		{"Five hours of talks produced nothing.", "Five hours duration 5 hour PT5H noun=talks"},
		{"A 90-minute phone call ended the standoff.", "90-minute duration 90 minute PT90M noun=call"},
		{"Officials met for an hour on Monday.", "an hour duration 1 hour PT1H noun=hour"},

		// Hedges and bounds.
		{"About 30 people were killed.", "About 30 count [27,33] ~about noun=people"},
		{"Some 30 countries signed.", "Some 30 count [27,33] ~some noun=countries"},
		{"Roughly 4,000 troops crossed the river.", "Roughly 4,000 count [3600,4400] ~roughly noun=troops"},
		{"Approximately 200 homes lost power.", "Approximately 200 count [180,220] ~approximately noun=homes"},
		{"Around 40 trucks waited at the border.", "Around 40 count [36,44] ~around noun=trucks"},
		{"At least 12 people were injured.", "At least 12 count [12,inf) ~at least noun=people"},
		{"Up to 200 families were displaced.", "Up to 200 count [0,200] ~up to noun=families"},
		{"Fewer than 100 protesters turned out.", "Fewer than 100 count [0,100) ~fewer than noun=protesters"},
		{"It took less than an hour.", "less than an hour duration [0,1) hour PT1H ~less than noun=hour"},
		{"Over 300 flights were cancelled.", "Over 300 count (300,inf) ~over noun=flights"},
		{"The siege lasted almost three months.", "almost three months duration [2.7,3] month P3M ~almost noun=months"},
		{"He was dead for close to an hour.", "close to an hour duration [0.75,1] hour PT1H ~close to noun=hour"},
		{"The fight lasted about a year.", "about a year duration [0.75,1.25] year P1Y ~about noun=year"},
		{"The vote took about one hour.", "about one hour duration [0.75,1.25] hour PT1H ~about noun=hour"},
		{"Around one person was hurt.", "Around one count [0.9,1.1] ~around noun=person"},
		{"The talks ran four hours or more.", "four hours or more duration [4,inf) hour PT4H ~or more noun=hours"},
		{"We waited 10 minutes or so.", "10 minutes or so duration [9,11] minute PT10M ~or so noun=minutes"},
		{"No more than 50 observers will be allowed.", "No more than 50 count [0,50] ~no more than noun=observers"},
		{"Just over 60 percent voted yes.", "Just over 60 percent percent (60,66] percent ~just over"},
		{"~30 people gathered.", "~30 count [27,33] ~~ noun=people"},

		// Ranges.
		{"The summit lasted 5-6 hours.", "5-6 hours duration [5,6] hour noun=hours"},
		{"Between 400 and 800 people protested.", "Between 400 and 800 count [400,800] noun=people"},
		{"Tickets cost $100 to $300.", "$100 to $300 money [100,300] USD"},
		{"The trip takes from 2 to 3 days.", "from 2 to 3 days duration [2,3] day noun=days"},
		{"They talked for four or five hours.", "four or five hours duration [4,5] hour noun=hours"},
		{"Estimates range from 5 to 6 million people.", "from 5 to 6 million count [5e+06,6e+06] noun=people"},
		{"Growth of 5% to 6% is expected.", "5% to 6% percent [5,6] percent"},
		{"Prices rose from 5 to 6 percent.", "5 percent 5 percent | 6 percent percent 6 percent"},
		{"Unemployment fell 0.5 per cent to 3.5%.", "0.5 per cent percent 0.5 percent | 3.5% percent 3.5 percent"},
		{"The vote was 52 to 47 against.", "52 count 52 | 47 count 47"},
		{"The team won 4-2 in the 2024-25 season.", ""},

		// Money.
		{"The EU pledged €30m on Monday.", "€30m money 3e+07 EUR"},
		{"Britain promised £2.5bn in loans.", "£2.5bn money 2.5e+09 GBP noun=loans"},
		{"The fund holds 30 million euros.", "30 million euros money 3e+07 EUR"},
		{"The fee is USD 5 per visa.", "USD 5 money 5 USD"},
		{"He paid 5 dollars for it.", "5 dollars money 5 USD"},
		{"It costs US$5 and A$20.", "US$5 money 5 USD | A$20 money 20 AUD"},
		{"A $5m grant was approved.", "$5m money 5e+06 USD noun=grant"},
		{"Kyiv received $300 million worth of weapons.", "$300 million money 3e+08 USD noun=weapons"},
		{"The program costs $5 billion a year.", "$5 billion a year money 5e+09 USD/year"},
		{"Donors pledged at least $2 billion in new loans.", "at least $2 billion money [2e+09,inf) USD ~at least noun=loans"},
		{"The plan is worth 1.2 trillion yen.", "1.2 trillion yen money 1.2e+12 JPY"},
		{"Sanctions froze 300 billion roubles.", "300 billion roubles money 3e+11 RUB"},
		{"He carried five pounds of cocaine.", "five pounds measure 5 lb noun=cocaine"},
		{"He fired a .357 Magnum and a .38-caliber revolver at 3 officers.", "3 count 3 noun=officers"},
		{"It was a.32-caliber revolver, police said of the 2 guns.", "2 count 2 noun=guns"},
		{"The suspect weighed 130 pounds when arrested.", "130 pounds measure 130 lb noun=pounds"},
		{"The club paid 130 pounds for the tickets.", "130 pounds money 130 GBP"},

		// Percentages.
		{"Support fell to 12% in May.", "12% percent 12 percent"},
		{"Prices rose 6 percent last year.", "6 percent percent 6 percent"},
		{"Turnout was 5.5 per cent higher.", "5.5 per cent percent 5.5 percent"},
		{"Almost 40% of voters backed him.", "Almost 40% percent [36,40] percent ~almost noun=voters"},
		{"Workers will get a 6% pay rise.", "6% percent 6 percent noun=rise"},
		{"Workers voted for a 6% pay rise spread over the year.", "6% percent 6 percent noun=rise"},
		{"Shares fell 5% on Monday.", "5% percent 5 percent"},
		{"The bank raised rates by 2 percentage points.", "2 percentage points percent 2 percentage point"},
		{"Yields slipped 12 basis points.", "12 basis points percent 12 basis point"},

		// Counts, vague amounts and other units.
		{"Dozens of people were detained.", "Dozens count [24,144) noun=people"},
		{"Hundreds of drones were launched.", "Hundreds count [200,1000) noun=drones"},
		{"Tens of thousands of refugees fled.", "Tens of thousands count [20000,100000) noun=refugees"},
		{"Several hundred soldiers remain.", "Several hundred count [300,1000) noun=soldiers"},
		{"A dozen people waited outside.", "A dozen count 12 noun=people"},
		{"Two U.S. officials confirmed it.", "Two count 2 noun=officials"},
		{"Five people remain in hospital.", "Five count 5 noun=people"},
		{"The 500 Ukrainian soldiers were freed.", "500 count 500 noun=soldiers"},
		{"Four of the documents were leaked.", "Four count 4 noun=documents"},
		{"A 12-member panel will review it.", "12-member count 12 member noun=panel"},
		{"A 5,000-strong force moved in.", "5,000-strong count 5000 noun=force"},
		{"Troops advanced 10 km along 300 kilometres of front line.",
			"10 km measure 10 km noun=km | 300 kilometres measure 300 km noun=line"},
		{"The wall is 10m high.", "10m measure 10 m"},
		{"5m people live there.", "5m count 5e+06 noun=people"},
		{"A 10-year-old boy was hurt.", "10-year-old measure 10 age-year noun=boy"},
		{"An 11 year-old boy was hurt.", "11 year-old measure 11 age-year noun=year-old"},
		{"She is six years old.", "six years old measure 6 age-year noun=years"},
		{"Output hit 1.2 million barrels a day.", "1.2 million barrels a day measure 1.2e+06 barrel/day noun=barrels"},
		{"The death toll rose to 45.", "45 count 45"},
		{"Campaigns cost $5,000–$10,000/month.", "$5,000–$10,000/month money [5000,10000] USD/month"},
		{"The bulb shifts from 2700K to 6500K.", ""},
		{"Details: 114 W. Adams St., Phoenix.", ""},
		{"A 2,700-square-foot taproom opened.", "2,700-square-foot measure 2700 sq ft noun=taproom"},
		{"The zone covers 300 square kilometres.", "300 square kilometres measure 300 sq km noun=square kilometres"},
		{"It was valued at 992 billion U.S. dollars.", "992 billion U.S. dollars money 9.92e+11 USD"},
		{"About half of users shop there.", "About half percent [45,55] percent ~about noun=users"},
		{"Facebook has 2.1-3.06 billion users.", "2.1-3.06 billion count [2.1e+09,3.06e+09] noun=users"},
		{"It crossed $100 million in annual recurring revenue.", "$100 million money 1e+08 USD noun=revenue"},
		{"Kafka handles millions of messages per second.", "millions count [2e+06,1e+09) noun=messages"},
		{"They use third-party tools.", ""},
		{"Revenue surged to $33.2 billion in the same year.", "$33.2 billion money 3.32e+10 USD"},
		{"It provides two high-level features.", "two count 2 noun=features"},
		{"Serve a five-ounce entrée and Polygon 2.0 tokens in 30‑day windows.",
			"five-ounce measure 5 oz noun=entrée | 30‑day duration 30 day P30D noun=windows"},
		{"The 2,000 troops have 10k drones.", "2,000 count 2000 noun=troops | 10k count 10000 noun=drones"},

		// Ordinals.
		{"Brokers made the first overture.", "first ordinal 1 noun=overture"},
		{"It was the 3rd attempt.", "3rd ordinal 3 noun=attempt"},
		{"The twenty-first round opened.", "twenty-first ordinal 21 noun=round"},

		// Not quantities: years, dates, clock times, names, ranks.
		{"The treaty is set to expire in 2026.", ""},
		{"It was the first such meeting since the 2018 Helsinki Summit.", "first ordinal 1 noun=meeting"},
		{"He lost the election in November 2024.", ""},
		{"The deal was signed on March 5, 2024 at 10:30 a.m.", ""},
		{"They met on 5 March and again on Jan. 5th.", ""},
		{"Boeing 737 jets flew along Route 66.", ""},
		{"Police found a 2005 Chevrolet Impala.", ""},
		{"A man called 911, a 911 call came in and the 999 operator sent three cars.", "three count 3 noun=cars"},
		{"They fired 911 rounds.", "911 count 911 noun=rounds"},
		{"Image 18 of 111 Police found a 45 caliber gun, a 12-gauge shotgun and 3 casings.", "3 count 3 noun=casings"},
		{"They took 5 photos of 20 people.", "5 count 5 noun=photos | 20 count 20 noun=people"},
		{"It was 3 o’clock, 4 p. m. or 5 p.m, said CBS 5 News of the 4 y/o at 1608 Bay St., one of 2 boys.", "2 count 2 noun=boys"},
		{"Photo: Image 1 of / 13 Caption Close Image 1 of 13 Police found 3 guns.", "3 count 3 noun=guns"},
		{"Calls to 911 reported shots, 911 records show; the club grew to 911 members.", "911 count 911 noun=members"},
		{"The G7 and New START were discussed.", ""},
		{"Call 555-1234 or No. 10 about 9/11 and 24/7 news.", ""},
		{"The 2024 elections were close.", ""},
		{"In 2000 troops were sent.", ""},
		{"Some 2000 troops were sent.", "Some 2000 count [1800,2200] ~some noun=troops"},
		{"2000 people marched.", "2000 count 2000 noun=people"},
		{"The meeting ended at 14:00 GMT.", ""},
		{"He arrived at 9 pm and left at 10am.", ""},
		{"One of the most direct talks, and the two sides agreed.", "two count 2 noun=sides"},
		{"Two days ago they met.", ""},
	}
	for _, tt := range tests {
		if got := quantitiesOf(tt.in); got != tt.want {
			t.Errorf("Quantities(%q)\n got  %s\n want %s", tt.in, got, tt.want)
		}
	}
}

func TestQuantityOverlaps(t *testing.T) {
	q := func(text string) Quantity {
		toks := Tokenize(text)
		qs := Quantities(text, toks, Sentences(text, toks))
		if len(qs) != 1 {
			t.Fatalf("Quantities(%q) = %d quantities, want 1", text, len(qs))
		}
		return qs[0]
	}
	tests := []struct {
		a, b string
		want bool
	}{
		{"more than four hours", "five hours", true},
		{"four hours", "five hours", false},
		{"about four hours", "five hours", false},
		{"nearly 5 hours", "more than four hours", true},
		{"close to an hour", "48 minutes", true},
		{"close to an hour", "40 minutes", false},
		{"close to 60 minutes", "48 minutes", false},
		{"90 minutes", "1.5 hours", true},
		{"two weeks", "14 days", true},
		{"more than four hours", "four hours", false},
		{"fewer than 100 people", "100 people", false},
		{"$5 billion", "5 billion euros", false},
		{"27 points", "28 points", false},
	}
	for _, tt := range tests {
		if got := q(tt.a).Overlaps(q(tt.b)); got != tt.want {
			t.Errorf("%q overlaps %q = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
