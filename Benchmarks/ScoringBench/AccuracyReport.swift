import Scoring
import Vocabulary

/// Accuracy, confusion matrices and misclassified examples for each labelled set.
struct AccuracyReport {
  let lexicon: Lexicon
  let corpus: Corpus

  func printAll() {
    printReplies()
    printQuestions()
    printNotes()
  }

  private func printReplies() {
    let interpreter = Interpreter(lexicon: lexicon)
    var confusion: [Verdict: [Verdict: Int]] = [:]
    var verdictHits = 0
    var currencyHits = 0
    var currencyTotal = 0
    var misses: [String] = []
    for reply in corpus.replies {
      let result = interpreter.interpret(reply.text)
      confusion[reply.verdict, default: [:]][result.verdict, default: 0] += 1
      let verdictOK = result.verdict == reply.verdict
      if verdictOK { verdictHits += 1 }
      if reply.verdict == .commitment {
        currencyTotal += 1
        if result.currencies == reply.currencies { currencyHits += 1 }
      }
      if !verdictOK || result.currencies != reply.currencies {
        let got = "\(result.verdict.rawValue) \(result.currencies.map(\.rawValue))"
        let want = "\(reply.verdict.rawValue) \(reply.currencies.map(\.rawValue))"
        misses.append("  want \(want), got \(got): \(reply.text)")
      }
    }
    print("== replies: \(corpus.replies.count)")
    print("verdict accuracy: \(percent(verdictHits, corpus.replies.count))")
    print(
      "exact currency sets (labelled commitments): \(percent(currencyHits, currencyTotal))")
    printConfusion(confusion, labels: Verdict.allCases.map(\.rawValue))
    print("misclassified (\(misses.count)):")
    for line in misses { print(line) }
  }

  private func printQuestions() {
    guard !corpus.questions.isEmpty else { return }
    let checker = QuestionChecker(lexicon: lexicon)
    var confusion: [Bool: [Bool: Int]] = [:]
    var hits = 0
    var misses: [String] = []
    for question in corpus.questions {
      let result = checker.check(question.text).first
      let good = result?.isGood ?? true
      confusion[question.good, default: [:]][good, default: 0] += 1
      if good == question.good {
        hits += 1
      } else {
        let flags = result?.flags.map(\.kind.rawValue).joined(separator: ",") ?? ""
        misses.append(
          "  want \(question.good ? "good" : "bad (\(question.kind ?? "?"))"), got \(good ? "good" : "bad (\(flags))"): \(question.text)"
        )
      }
    }
    print("\n== questions: \(corpus.questions.count)")
    print("good/bad accuracy: \(percent(hits, corpus.questions.count))")
    print("             got good  got bad")
    for want in [true, false] {
      let row = confusion[want] ?? [:]
      print(
        "want \(want ? "good" : "bad ")  \(pad(row[true] ?? 0, 9))\(pad(row[false] ?? 0, 9))")
    }
    print("misclassified (\(misses.count)):")
    for line in misses { print(line) }
  }

  private func printNotes() {
    guard !corpus.notes.isEmpty else { return }
    let scorer = MeetingScorer(lexicon: lexicon)
    var confusion: [Verdict: [Verdict: Int]] = [:]
    var verdicts = 0
    var currencies = 0
    var evangelists = 0
    var advancements = 0
    var balance = 0
    var misses: [String] = []
    for note in corpus.notes {
      let card = scorer.score(notes: note.text, reply: note.reply)
      confusion[note.verdict, default: [:]][card.verdict, default: 0] += 1
      var wrong: [String] = []
      if card.verdict == note.verdict {
        verdicts += 1
      } else {
        wrong.append("verdict \(card.verdict.rawValue) (want \(note.verdict.rawValue))")
      }
      if card.currencies == note.currencies {
        currencies += 1
      } else {
        wrong.append(
          "currencies \(card.currencies.map(\.rawValue)) (want \(note.currencies.map(\.rawValue)))")
      }
      if card.notes.isEarlyvangelist == note.earlyvangelist {
        evangelists += 1
      } else {
        wrong.append("earlyvangelist \(card.notes.isEarlyvangelist) \(card.notes.distinctSigns)")
      }
      if card.advancement.advanced == note.advancement {
        advancements += 1
      } else {
        wrong.append("advancement \(card.advancement.advanced) (want \(note.advancement))")
      }
      let facts = card.notes.count(.fact)
      let noise =
        card.notes.count(.compliment) + card.notes.count(.fluff) + card.notes.count(.hypothetical)
      if (facts > noise) == (note.facts > note.compliments) {
        balance += 1
      } else {
        wrong.append("facts \(facts) vs noise \(noise) (want \(note.facts) vs \(note.compliments))")
      }
      if !wrong.isEmpty { misses.append("  \(note.id): \(wrong.joined(separator: "; "))") }
    }
    let total = corpus.notes.count
    print("\n== notes: \(total)")
    print("reply verdict accuracy: \(percent(verdicts, total))")
    print("exact currency sets: \(percent(currencies, total))")
    print("earlyvangelist yes/no: \(percent(evangelists, total))")
    print("advancement yes/no: \(percent(advancements, total))")
    print("facts outnumber noise, as labelled: \(percent(balance, total))")
    printConfusion(confusion, labels: Verdict.allCases.map(\.rawValue))
    print("notes with a difference (\(misses.count)):")
    for line in misses { print(line) }
  }

  private func printConfusion(_ matrix: [Verdict: [Verdict: Int]], labels: [String]) {
    print(
      "want \\ got   "
        + labels.map { $0.padding(toLength: 12, withPad: " ", startingAt: 0) }.joined())
    for want in Verdict.allCases {
      let row = Verdict.allCases.map { pad(matrix[want]?[$0] ?? 0, 12) }.joined()
      print(want.rawValue.padding(toLength: 13, withPad: " ", startingAt: 0) + row)
    }
  }

  private func pad(_ value: Int, _ width: Int) -> String {
    String(value).padding(toLength: width, withPad: " ", startingAt: 0)
  }

  private func percent(_ hits: Int, _ total: Int) -> String {
    guard total > 0 else { return "n/a" }
    let value = Double(hits) / Double(total) * 100
    return "\(hits)/\(total) = \((value * 10).rounded() / 10)%"
  }
}
