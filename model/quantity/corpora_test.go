package quantity

import "path/filepath"

// corpora is where the shared corpora live, beside the repository.
var corpora = filepath.Join("..", "..", "..", "shared", "corpora")
