package text

import (
	"context"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/claimline/claimline/model/lexis"
)

// Reasons given for dropped spans.
const (
	ReasonRepeated    = "repeated paragraph"
	ReasonHeadlines   = "list of unrelated headlines"
	ReasonPrompt      = "comment or login prompt"
	ReasonBanner      = "audio or download banner"
	ReasonBoilerplate = "site boilerplate"
)

// Paragraph is one line of an article's body, trimmed, with its span.
type Paragraph struct {
	// Span is where the trimmed line lies in the article's text.
	Span Span
	// Text is the trimmed line.
	Text string
}

// Paragraphs returns the non-blank lines of text[body], trimmed, in order.
func Paragraphs(text string, body Span) []Paragraph {
	return AppendParagraphs(make([]Paragraph, 0, strings.Count(text[body.Start:body.End], "\n")+1), text, body)
}

// AppendParagraphs appends the paragraphs of text[body] to ps (see
// Paragraphs), reusing its memory.
func AppendParagraphs(ps []Paragraph, text string, body Span) []Paragraph {
	pos := body.Start
	for pos < body.End {
		end := strings.IndexByte(text[pos:body.End], '\n')
		if end < 0 {
			end = body.End
		} else {
			end += pos
		}
		line := text[pos:end]
		trimmed := strings.TrimSpace(line)
		if trimmed != "" {
			lead := strings.Index(line, trimmed)
			ps = append(ps, Paragraph{Span{Start: pos + lead, End: pos + lead + len(trimmed)}, trimmed})
		}
		pos = end + 1
	}
	return ps
}

// quickRe is a regular expression with words one of which every match holds
// once folded: a line without any is not tried (most lines have none).
type quickRe struct {
	re    *regexp.Regexp
	words []string
}

// match reports whether re matches s; folded is Fold(s).
func (q quickRe) match(s, folded string) bool {
	for _, w := range q.words {
		if strings.Contains(folded, w) {
			return q.re.MatchString(s)
		}
	}
	return false
}

var (
	prompt = quickRe{promptRe, []string{"comment", "reagir", "connect", "identifier", "espace", "compte", "deja", "log",
		"sign", "subscribe", "abonn", "newsletter", "inscrivez", "partager", "share", "suivez", "follow", "publicit",
		"advertisement", "lire", "read", "related", "sujet", "voir", "see", "cookie"}}
	promptAnywhere = quickRe{promptAny, []string{"connect", "comment", "espace", "sign up", "subscribe", "abonn",
		"rights reserved", "droits", "cookie"}}
	banner = quickRe{bannerRe, []string{"podcast", "couter", "listen", "charger le", "download the", "("}}
)

var (
	// promptRe matches comment, login, subscription and sharing prompts.
	promptRe = regexp.MustCompile(`(?i)^(commentaires?|comments?|\d+ comments?|r[ée]agir|connectez-vous|se connecter|s'identifier|cr[ée]ez? (votre|un) (espace|compte)|d[ée]j[àa] (un compte|abonn)|log ?in|sign (in|up)|subscribe|abonnez-vous|newsletter|inscrivez-vous|partager|share( this)?|suivez-nous|follow us|publicit[ée]|advertisement|lire aussi|lire la suite|read more|read also|related( articles| stories)?|sur le m[êe]me sujet|voir aussi|see also|[àa] lire aussi|accepter les cookies|cookies?)\b`)
	// promptAny matches prompts anywhere in a short line.
	promptAny = regexp.MustCompile(`(?i)(connectez-vous|pour commenter|to comment|leave a comment|laisser un commentaire|cr[ée]ez votre espace|sign up for|subscribe to|abonnez-vous|all rights reserved|tous droits r[ée]serv[ée]s|cookie)`)
	// bannerRe matches audio/podcast/download banners with a file size.
	bannerRe = regexp.MustCompile(`(?i)(podcast|[ée]couter|listen|t[ée]l[ée]charger le|download the|\(\s*\d+([.,]\d+)?\s*(ko|mo|kb|mb|go|gb)\s*\))`)
	// listHeadRe matches headings that introduce lists of other stories.
	listHeadRe = regexp.MustCompile(`(?i)^([àa] (regarder|lire|voir|d[ée]couvrir)|les plus lus|most read|trending|watch|more (news|stories)|dans l'actualit[ée]|[àa] la une|top stories|vid[ée]os?|en ce moment|related( articles| stories| content)?|read (more|also|next)|lire aussi|sur le m[êe]me sujet|voir aussi|see also|you may also like|recommended|[àa] lire aussi|nos articles)\b`)
)

// wordKey is strings.Join(words(s), " ") in one pass: the paragraph's
// folded words, for spotting a paragraph printed twice.
func wordKey(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	in := false
	for _, r := range s {
		f := lexis.FoldRune(r)
		if unicode.IsLetter(f) || unicode.IsDigit(f) || f == '\'' {
			if !in && b.Len() > 0 {
				b.WriteByte(' ')
			}
			in = true
			b.WriteRune(f)
			continue
		}
		in = false
	}
	return b.String()
}

// wordKeyHash returns the FNV-1a hash and the length of wordKey(s) without
// building it: most paragraphs are printed once, and only a paragraph whose
// hash was seen is compared word for word.
func wordKeyHash(s string) (h uint64, n int) {
	h = 14695981039346656037
	add := func(b byte) {
		h ^= uint64(b)
		h *= 1099511628211
		n++
	}
	in := false
	var enc [utf8.UTFMax]byte
	for _, r := range s {
		var word bool
		if r < utf8.RuneSelf {
			if 'A' <= r && r <= 'Z' {
				r += 'a' - 'A'
			}
			word = 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || r == '\''
		} else {
			r = lexis.FoldRune(r)
			word = unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\''
		}
		if !word {
			in = false
			continue
		}
		if !in && n > 0 {
			add(' ')
		}
		in = true
		if r < utf8.RuneSelf {
			add(byte(r))
			continue
		}
		for _, b := range enc[:utf8.EncodeRune(enc[:], r)] {
			add(b)
		}
	}
	return h, n
}

// isBullet reports whether a line is only a list marker.
func isBullet(s string) bool {
	switch s {
	case "-", "–", "—", "•", "*", "·", "›", "»", "|":
		return true
	}
	return false
}

// bulleted reports whether a line starts with a list marker ("- Title").
func bulleted(s string) bool {
	for _, m := range []string{"- ", "• ", "* ", "– ", "— ", "· ", "› "} {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	return false
}

// isShort reports whether a line reads as a headline rather than prose:
// short, with no sentence punctuation at its end.
func isShort(s string) bool {
	if utf8.RuneCountInString(s) > 110 {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	return !strings.ContainsRune(".!:;»”\"", last) || strings.HasSuffix(s, "?")
}

// Clean finds the spans of the body that are not the article: repeated
// paragraphs, comment and login prompts, audio banners, and lists of unrelated
// headlines. It returns them in order; the text is left as it is.
func Clean(text string, body Span) []Dropped { return cleanContext(context.Background(), text, body) }

// cleanContext is clean that gives up (returning nil) when ctx ends: a
// 16 MB file takes about a second.
func cleanContext(ctx context.Context, text string, body Span) []Dropped {
	ps := Paragraphs(text, body)
	reason := make([]string, len(ps))

	// Lists of headlines: a run of at least four short lines, bulleted or
	// introduced by a "to watch / read also" heading, to the end of the run.
	for i := 0; i < len(ps); {
		j, shortCount, bullets := i, 0, 0
		for j < len(ps) && (isShort(ps[j].Text) || isBullet(ps[j].Text)) {
			switch {
			case isBullet(ps[j].Text):
				bullets++
			case bulleted(ps[j].Text):
				bullets++
				shortCount++
			default:
				shortCount++
			}
			j++
		}
		if shortCount >= 4 && (bullets >= 3 || shortCount >= 8 || listHeadRe.MatchString(ps[i].Text)) {
			for k := i; k < j; k++ {
				reason[k] = ReasonHeadlines
			}
		}
		if j == i {
			j++
		}
		i = j
	}
	seen := map[uint64][]int{} // paragraphs by the hash of their wordKey
	for i, p := range ps {
		if i%256 == 255 && ctx.Err() != nil {
			return nil
		}
		if reason[i] != "" {
			continue
		}
		short := utf8.RuneCountInString(p.Text) < 160
		folded := ""
		if short {
			folded = lexis.Fold(p.Text)
		}
		switch {
		case isBullet(p.Text) && (i > 0 && reason[i-1] != "" || i+1 < len(ps) && reason[i+1] != ""):
			reason[i] = ReasonBoilerplate
		case short && (prompt.match(p.Text, folded) || promptAnywhere.match(p.Text, folded)):
			reason[i] = ReasonPrompt
		case short && banner.match(p.Text, folded) && isShortOrColon(p.Text):
			reason[i] = ReasonBanner
		}
		if reason[i] != "" {
			continue
		}
		h, n := wordKeyHash(p.Text)
		if n >= 30 {
			for _, j := range seen[h] {
				if wordKey(ps[j].Text) == wordKey(p.Text) {
					reason[i] = ReasonRepeated
					break
				}
			}
		}
		seen[h] = append(seen[h], i)
	}
	var out []Dropped
	for i, p := range ps {
		if reason[i] == "" {
			continue
		}
		span := p.Span
		// Merge with the previous span when it has the same reason and only
		// white space lies between.
		if n := len(out); n > 0 && out[n-1].Reason == reason[i] && strings.TrimSpace(text[out[n-1].Span.End:span.Start]) == "" {
			out[n-1].Span.End = span.End
			continue
		}
		out = append(out, Dropped{Span: span, Reason: reason[i]})
	}
	return out
}

func isShortOrColon(s string) bool {
	return isShort(s) || strings.HasSuffix(strings.TrimSpace(s), ":") || strings.HasSuffix(s, ")")
}
