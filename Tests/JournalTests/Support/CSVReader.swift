/// A small RFC 4180 reader for tests: records end in CRLF, a quoted field may hold commas,
/// doubled quotes and line breaks.
enum CSVReader {
  enum Problem: Error, Equatable {
    case missingFinalCRLF
    case quoteInsideAField
    case unterminatedQuote
  }

  /// The records of `text`, each as its fields.
  static func records(_ text: String) throws -> [[String]] {
    guard text.hasSuffix("\r\n") else { throw Problem.missingFinalCRLF }
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var quoted = false
    var wasQuoted = false
    var scalars = Array(text.unicodeScalars)[...]
    while let scalar = scalars.popFirst() {
      if quoted {
        if scalar == "\"" {
          if scalars.first == "\"" {
            scalars.removeFirst()
            field.unicodeScalars.append("\"")
          } else {
            quoted = false
          }
        } else {
          field.unicodeScalars.append(scalar)
        }
        continue
      }
      switch scalar {
      case "\"":
        guard field.isEmpty, !wasQuoted else { throw Problem.quoteInsideAField }
        quoted = true
        wasQuoted = true
      case ",":
        record.append(field)
        field = ""
        wasQuoted = false
      case "\r" where scalars.first == "\n":
        scalars.removeFirst()
        record.append(field)
        records.append(record)
        record = []
        field = ""
        wasQuoted = false
      default:
        // Text after a closing quote: the field was not quoted whole.
        guard !wasQuoted else { throw Problem.quoteInsideAField }
        field.unicodeScalars.append(scalar)
      }
    }
    if quoted { throw Problem.unterminatedQuote }
    return records
  }
}
