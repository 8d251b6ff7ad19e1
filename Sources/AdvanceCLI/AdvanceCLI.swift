import ArgumentParser
import CEditLine
import CTerminal
import Journal
import PromptKit
import Scoring

public enum AdvanceMain {
  public static func main() {
    print("advance")
  }
}
