package model

// arena hands out copies of short slices carved from larger chunks: an
// article's sentences each keep a few dates, figures and names, and one
// allocation per chunk instead of one per sentence spares the allocator and
// the collector. A copy's capacity is its length, so that appending to it
// never writes into its neighbour's.
type arena[T any] struct {
	chunk []T
}

// arenaChunk is how many elements a chunk holds (more when one copy needs
// more).
const arenaChunk = 128

// copy returns a copy of s (nil when s is empty), valid for as long as the
// caller keeps it.
func (a *arena[T]) copy(s []T) []T {
	if len(s) == 0 {
		return nil
	}
	if cap(a.chunk)-len(a.chunk) < len(s) {
		if len(s) > arenaChunk/4 {
			return append([]T(nil), s...) // too big to share a chunk
		}
		a.chunk = make([]T, 0, arenaChunk)
	}
	n := len(a.chunk)
	a.chunk = append(a.chunk, s...)
	return a.chunk[n : n+len(s) : n+len(s)]
}
