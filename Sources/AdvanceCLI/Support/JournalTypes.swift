import Journal

// The journal and the scoring module each define `Verdict` and `Currency`, and the module
// `Journal` holds a class `Journal` that hides `Journal.Verdict`; files that import both name
// the journal's through these.
typealias JournalVerdict = Verdict
typealias JournalCurrency = Currency
