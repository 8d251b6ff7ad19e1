import Calls
import Foundation
import Vocabulary
import Workflow

/// Reads every labelled call of a folder and counts what the reading got right.
///
/// With `rows`
/// (the dev folder only) each call's misses are printed too.
func evaluate(_ folder: URL, rows: Bool) -> Figures {
  var figures = Figures()
  let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
    .filter { $0.hasSuffix(".labels.yaml") }.sorted()
  for labelsName in names {
    let base = String(labelsName.dropLast(".labels.yaml".count))
    guard let labels = CallLabels.read(folder.appendingPathComponent(labelsName)) else { continue }
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
      .filter { $0.hasPrefix(base + ".") && !$0.hasSuffix(".labels.yaml") }
    guard let file = files.first,
      let data = try? Data(contentsOf: folder.appendingPathComponent(file))
    else { continue }
    figures.calls += 1
    let result = TranscriptReader().read(data, path: file)
    guard let transcript = result.transcript else {
      if rows { print("\(base): \(result.diagnostics.first?.headline ?? "unreadable")") }
      continue
    }
    figures.readable += 1
    figures.format.add(transcript.format.rawValue == labels.format)
    let founders = Set(
      labels.founders.compactMap { CallParties.speaker(named: $0, in: transcript.speakers) })
    let day = JournalDay(labels.meetingDate) ?? JournalDay(year: 2026, month: 1, day: 1)
    let stage = Stage(reading: labels.stage) ?? .first
    guard let day else { continue }
    let reading = reader.read(
      transcript, parties: CallParties(founders: founders), stage: stage, day: day)
    var misses: [String] = []

    // The ask.
    let askRight: Bool
    switch (labels.ask, reading.ask) {
    case (nil, nil): askRight = true
    case (let label?, let found?): askRight = sameText(label.text, found.text)
    default: askRight = false
    }
    figures.askFound.add(askRight)
    if !askRight {
      misses.append(
        "ask: found \(reading.ask?.place.label ?? "none") \(reading.ask?.text.prefix(70) ?? "")")
    }
    if askRight, let label = labels.ask, let good = label.good, let found = reading.ask {
      figures.askGrade.add(found.grade.isGood == good)
      if found.grade.isGood != good { misses.append("ask grade \(found.grade.grade)") }
    }
    // The reply, read from the call and alone.
    if let label = labels.reply {
      let verdict = reading.reply?.interpretation.verdict.rawValue
      let currencies = Set(reading.reply?.interpretation.currencies.map(\.rawValue) ?? [])
      figures.replyVerdict.add(verdict == label.verdict)
      figures.replyCurrencies.add(verdict == label.verdict && currencies == label.currencies)
      if verdict != label.verdict || currencies != label.currencies {
        misses.append("reply: \(verdict ?? "none") \(currencies.sorted())")
      }
      let alone = interpreter.interpret(label.text)
      figures.interpretAlone.add(alone.verdict.rawValue == label.verdict)
      figures.interpretAloneCurrencies.add(
        alone.verdict.rawValue == label.verdict
          && Set(alone.currencies.map(\.rawValue)) == label.currencies)
    }
    // Next steps: each labelled step matched to the found step sharing most content words.
    var used: Set<Int> = []
    for step in labels.steps {
      let wanted = CallReader.contentWords(step.what)
      var best: (index: Int, shared: Int)?
      for (index, found) in reading.nextSteps.enumerated() where !used.contains(index) {
        let shared = wanted.intersection(CallReader.contentWords(found.what)).count
        if shared > 0, shared > (best?.shared ?? 0) { best = (index, shared) }
      }
      figures.stepsFound.add(best != nil)
      guard let best else {
        misses.append("step not found: \(step.owner)")
        let why = reader.whyNoStep(
          step.what, in: transcript, parties: CallParties(founders: founders), stage: stage)
        figures.stepMisses[why, default: 0] += 1
        continue
      }
      used.insert(best.index)
      let found = reading.nextSteps[best.index]
      figures.stepOwner.add(found.owner.rawValue == step.owner)
      figures.stepDue.add(found.due?.day.description == step.due)
      if found.owner.rawValue != step.owner { misses.append("step owner \(found.owner.rawValue)") }
      if found.due?.day.description != step.due {
        misses.append("step due \(found.due?.description ?? "none") for \(step.due ?? "none")")
      }
    }
    // Talk share, against words counted straight from the file.
    let text = String(decoding: data, as: UTF8.self)
    let counted = WordCount.bySpeaker(text)
    let total = Double(max(1, counted.values.reduce(0, +)))
    let countedFounders = counted.filter { name, _ in
      CallParties.speaker(named: name, in: Array(founders)) != nil
    }.values.reduce(0, +)
    let independent = 100 * Double(countedFounders) / total
    let reported = 100 * reading.founderShare
    let byWords =
      100 * Double(reading.speakers.filter { $0.side == .us }.reduce(0) { $0 + $1.words })
      / Double(max(1, reading.speakers.reduce(0) { $0 + $1.words }))
    figures.shareErrors.append(abs(reported - independent))
    figures.shareWithin2.add(abs(reported - independent) <= 2)
    figures.shareWordsWithin2.add(abs(byWords - independent) <= 2)
    if rows {
      print(
        "\(base): \(transcript.format.rawValue) share \(Int(reported))% (words \(Int(byWords))%,"
          + " counted \(Int(independent))%)"
          + (misses.isEmpty ? "" : "; " + misses.joined(separator: "; ")))
    }
  }
  return figures
}

/// Whether a found text is the labelled one: one holds the other, or they share most words.
func sameText(_ label: String, _ found: String) -> Bool {
  let a = normal(label)
  let b = normal(found)
  if a.isEmpty || b.isEmpty { return false }
  if a.contains(b) || b.contains(a) { return true }
  let left = Set(a.split(separator: " "))
  let right = Set(b.split(separator: " "))
  return Double(left.intersection(right).count) / Double(max(1, left.union(right).count)) >= 0.6
}

private func normal(_ text: String) -> String {
  text.lowercased().split { !$0.isLetter && !$0.isNumber }.joined(separator: " ")
}
