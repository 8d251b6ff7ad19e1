import Foundation
import Vocabulary

/// A lead as the pipeline shows it: only what its line needs, so listing 10,000 leads reads no
/// more than that.
public struct PipelineLead: Hashable, Sendable {
  /// The lead's id.
  public var id: String
  /// The person's name.
  public var name: String
  /// Their company, possibly empty.
  public var company: String
  /// Where the lead stands.
  public var stage: LeadStage
  /// When the lead was added.
  public var createdAt: Date
}
