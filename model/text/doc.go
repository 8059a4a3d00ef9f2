// Package text is the room that reads articles: files, folders and fs.FS
// trees to a Set of Articles, each with its name, title, language,
// publication date, decoded text, the spans set aside and the sentences.
//
// Reading one file (ParseArticle) goes through these steps: the bytes are
// decoded to UTF-8 with LF line ends (Decode), an HTML page is turned into
// its text and metadata, the header block ("title:", "date:", "source:"
// lines) and a by-line or dateline near the top give the title, source and
// publication date, a file of data or code is refused (ErrNotArticle), the
// language is told by its common words (DetectLang), boilerplate, repeated
// paragraphs and lists of headlines are set aside (Clean, Dropped), and the
// kept text is split into sentences (Sentences). LoadFS and LoadPaths read
// many files at once, as many as the memory allows (MemoryWorkers),
// collect per-file problems (Problem) and merge the same text found under
// two names.
//
// It imports model/lexis (words and stop words), model/timex (the dates of
// a header or by-line, the Date value) and model/claim (a date's
// precision), never package model. Package model names its types and
// functions again (model.Article is text.Article), reads the claims from
// its sentences and, for an article whose header gives no date, infers the
// publication date from the text.
package text
