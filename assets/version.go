package assets

// Version is Claimline's version, the one place it is written in Go: the
// command line's --version and the app's About box show it. It must equal
// Version in FyneApp.toml's [Details], which the packages are stamped with;
// a test checks that they agree.
const Version = "0.1.0"
