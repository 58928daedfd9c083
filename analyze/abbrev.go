package analyze

// abbreviations are words written with a period that does not end a
// sentence: titles, months, US states in AP style, company suffixes.
var abbreviations = setOf(
	// titles and ranks
	"Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sen", "Rep", "Gov", "Lt", "Gen", "Col", "Maj", "Capt", "Cpt",
	"Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Rev", "Fr", "Hon", "Pres", "Supt", "Det", "Insp", "Amb", "Atty",
	"Sec", "Gens", "Messrs", "Mme", "Mlle", "Msgr", "Sr", "Jr", "St", "Ste", "Mt", "Ft", "Esq",
	// months and days
	"Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
	"Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun",
	// US states, AP style
	"Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Ky", "La",
	"Md", "Mass", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Tenn",
	"Va", "Vt", "Wash", "Wis", "Wyo",
	// organisations and misc
	"Inc", "Corp", "Ltd", "Co", "Bros", "Cos", "Plc", "Assn", "Dept", "Univ", "Ave", "Blvd", "Rd",
	"No", "Nos", "Vol", "vs", "etc", "approx", "est", "Fig", "fig", "cf", "al",
)

// titleAbbreviations come before a name and never end a sentence.
var titleAbbreviations = setOf("Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sen", "Rep", "Gov", "Lt", "Gen",
	"Col", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Rev", "Fr", "Hon", "Pres",
	"Supt", "Det", "Insp", "Amb", "Atty", "Sec", "Messrs", "Mme", "Mlle", "Msgr", "St", "Mt", "Ft")

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
