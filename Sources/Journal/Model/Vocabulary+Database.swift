import GRDB
import Vocabulary

// The shared words are stored by their raw values.
extension Verdict: DatabaseValueConvertible {}
extension Currency: DatabaseValueConvertible {}
