import ArgumentParser
import Foundation
import Journal
import Workflow

/// `advance import FILE`: merge a JSON export into the journal.
struct ImportCommand: AdvanceCommand {
  static let configuration = CommandConfiguration.command(
    commandName: "import",
    abstract: "Merge a JSON export into the journal; importing the same file twice changes nothing."
  )

  /// Exports larger than this are refused before they are read whole.
  static let maximumSize = 256 << 20

  @OptionGroup var global: GlobalOptions

  @Argument(help: ArgumentHelp("A file written by 'export --format json'.", valueName: "file"))
  var file: String

  func run(in context: CommandContext) throws {
    let text: String
    do {
      guard let read = try PrivateFile.readText(file, limit: Self.maximumSize) else {
        throw CommandFailure("\(file): no such file")
      }
      text = read
    } catch let failure as PrivateFile.Failure {
      throw CommandFailure(failure.location == nil ? "cannot read \(failure)" : "\(failure)")
    }
    if Self.isBlank(text) {
      throw CommandFailure("\(file): file is empty")
    }
    let journal = try context.openJournal()
    defer { journal.close() }
    do {
      let summary = try journal.importJSON(Data(text.utf8))
      context.console.line("imported \(file): \(summary)")
    } catch let error as ImportError {
      throw CommandFailure(
        "\(error.place(file: file)): "
          + (error.path.isEmpty ? error.message : "\(error.path): \(error.message)"))
    } catch let error as JournalError {
      // Batches already written stay; merging by id makes a second run finish the rest.
      throw CommandFailure(
        error.description
          + " (import the file again once that is fixed: it adds only what is missing)",
        status: 3)
    }
  }

  /// Whether the text is only JSON whitespace; a plain loop, as a file may be megabytes of it.
  static func isBlank(_ text: String) -> Bool {
    var text = text
    return text.withUTF8 { bytes in
      var index = 0
      while index < bytes.count {
        switch bytes[index] {
        case 0x20, 0x09, 0x0A, 0x0D: index += 1
        default: return false
        }
      }
      return true
    }
  }
}
