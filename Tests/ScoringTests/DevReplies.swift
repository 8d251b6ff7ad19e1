@testable import Scoring

/// Replies written for development, apart from the corpus, to catch rules tuned to the corpus.
let devReplies: [(text: String, verdict: Verdict, currencies: [Currency])] = [
  ("Fine by me. Thursday 4:30, I'll book the small meeting room.", .commitment, [.time]),
  ("Let's do a proper walkthrough next Monday at 10 with my ops lead.", .commitment, [.time]),
  ("I'll connect you with Priya, she runs procurement for the region.", .commitment, [.reputation]),
  ("Put us down for two pre-orders at the early price.", .commitment, [.money]),
  ("We can start the trial on the 2nd with our own customer list.", .commitment, [.time]),
  ("Happy to write you a short testimonial once we've used it for a month.", .hedge, []),
  ("I'll cc our CTO on my reply so you can set something up with him.", .commitment, [.reputation]),
  ("Send over the contract, I'll get it signed this week.", .commitment, [.money]),
  ("We'll pay the $2,000 deposit by Friday.", .commitment, [.money]),
  ("Okay. 9am tomorrow, my office, bring the prototype.", .commitment, [.time]),
  ("This is so cool, my team would love it.", .hedge, []),
  ("Circle back in a couple of months and we'll see.", .hedge, []),
  ("If the price is right we'd probably sign up.", .hedge, []),
  ("I might be able to introduce you to someone at some point.", .hedge, []),
  ("Interesting. Send me a one-pager and I'll pass it around.", .hedge, []),
  ("Let's definitely stay in touch, this space is heating up.", .hedge, []),
  ("We could maybe look at a pilot next year, hard to say.", .hedge, []),
  ("I'd need to talk to my boss before anything happens.", .hedge, []),
  ("Love the vision! Keep me in the loop as it develops.", .hedge, []),
  ("I'm not ready to commit today, let me digest it.", .hedge, []),
  ("No thanks, it's not something we'd ever use.", .rejection, []),
  ("We've looked at this before and it's not a fit for how we work.", .rejection, []),
  ("Appreciate it, but we're going to pass.", .rejection, []),
  ("We don't have that problem, our process works fine.", .rejection, []),
  ("Honestly, we'll never pay for something like this.", .rejection, []),
  ("Please don't follow up, we're not interested.", .rejection, []),
  ("Monday 8am works, I'll have the shift leads there.", .commitment, [.time, .reputation]),
  (
    "Let me introduce you to Tom in procurement, I'll email him tonight.", .commitment,
    [.reputation]
  ),
  (
    "We'll sign the pilot agreement this week, $1,500 for six weeks.", .commitment, [.time, .money]
  ),
  ("Sure, pencil us in for the 21st at noon.", .commitment, [.time]),
  ("I'll forward this to our COO with a note to take the call.", .commitment, [.reputation]),
  ("Send me the order form and I'll countersign by Friday.", .commitment, [.money]),
  (
    "I can share last quarter's claims data with you tomorrow so you can test on it.", .commitment,
    [.time]
  ),
  (
    "We're happy to be a reference customer, put our logo on your site.", .commitment, [.reputation]
  ),
  (
    "Let's get the team together Thursday at 2 and run the trial on real orders.", .commitment,
    [.time]
  ),
  ("Invoice us for the first month, we'll pay on receipt.", .commitment, [.money]),
  ("Great meeting! Let's find a time in the new year.", .hedge, []),
  ("Can you send me a proposal? I'll take a look when I can.", .hedge, []),
  ("I'd be open to a pilot if legal signs off on the data side.", .hedge, []),
  ("Leave it with me.", .hedge, []),
  ("We'd probably buy it if it came with SSO.", .hedge, []),
  ("I'll mention it to my boss next time I see him.", .hedge, []),
  ("That's really clever. How much would it cost?", .hedge, []),
  ("Maybe next quarter, budgets are tight right now.", .hedge, []),
  ("Nice! Send me a calendar link and I'll pick something.", .hedge, []),
  ("Ping me in January and we'll talk.", .hedge, []),
  ("Thanks for coming in, but we're set with our current vendor.", .rejection, []),
  ("It's not something we'd spend money on.", .rejection, []),
  ("We tried something similar and it flopped, so we'll pass.", .rejection, []),
  ("Our contract with the incumbent runs three more years. It's a no.", .rejection, []),
  ("I don't see this solving anything for us.", .rejection, []),
  ("Really kind of you, but no.", .rejection, []),
]
