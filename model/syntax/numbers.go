package syntax

// Claimline's tokenizer splits a number at its separators ("54 000" is "54"
// "000", "5.2" is "5" "." "2", "2,000" is "2" "," "000"). The parser reads
// such a number as its first piece: the other pieces are set aside before
// parsing and attached to the first as goeswith after it.

// digits reports whether w is made of ASCII digits only.
func digits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// numberPieces sets cont[i] for each word that continues the number
// before it, and returns cont (reused): a group of three digits after digits
// ("54 000"), and a "." or "," with the digits after it between digits of
// at most three ("5.2", "2,000", "1,5"; not "2019, 150").
func numberPieces(words []string, cont []bool) []bool {
	cont = cont[:0]
	for range words {
		cont = append(cont, false)
	}
	for i := 1; i < len(words); i++ {
		if !digits(words[i]) {
			continue
		}
		switch {
		case digits(words[i-1]) && len(words[i]) == 3:
			cont[i] = true
		case i >= 2 && (words[i-1] == "." || words[i-1] == ",") && digits(words[i-2]) && len(words[i-2]) <= 3 && !cont[i-1]:
			cont[i-1], cont[i] = true, true
		}
	}
	return cont
}
