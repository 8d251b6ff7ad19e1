import Journal
import Workflow

/// Shows a debrief what its prep planned: the ask and fallback at the start, and before the
/// founder reads the answer, what a yes, a hedge and a no were expected to sound like beside
/// what was said.
struct PlanPresenter {
  let console: Console
  let plan: PrepPlan

  private var style: TerminalStyle { console.style }

  func showPlan() {
    guard let ask = plan.ask else { return }
    console.line(style.paint("From your prep of \(plan.meeting.day.label()):", .dim))
    console.line("  the ask:     " + VisibleText.of(ask))
    if let fallback = plan.fallback {
      console.line("  if too much: " + VisibleText.of(fallback))
    }
    console.line()
  }

  func showExpectations(reply: String) {
    let expected = plan.expected
    let rows = [("a yes", expected.yes), ("a hedge", expected.hedge), ("a no", expected.no)]
      .compactMap { label, text in text.map { (label, $0) } }
    guard !rows.isEmpty else { return }
    console.line()
    console.line(style.paint("You expected:", .dim))
    for (label, text) in rows {
      console.line(
        "  " + label.padding(toLength: 9, withPad: " ", startingAt: 0) + VisibleText.of(text))
    }
    if !reply.isEmpty {
      console.line(style.paint("They said:", .dim))
      console.line("  " + VisibleText.of(reply, layout: .block))
    }
  }
}
