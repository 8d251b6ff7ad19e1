import Vocabulary

@testable import Scoring

/// Replies written for development, apart from the corpus, to catch rules tuned to the corpus.
///
/// Labelled by `../shared/ANNOTATION.md`: colleagues brought to a session are time only; a
/// meeting with their boss that they attend is time and reputation.
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
  ("Monday 8am works, I'll have the shift leads there.", .commitment, [.time]),
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
  (
    "Booked. Wednesday 14:00, I'll bring our finance controller.", .commitment,
    [.time, .reputation]
  ),
  ("I've signed the LOI, scanning it over now.", .commitment, [.money]),
  ("Ok let's do the trial, start it on our live warehouse next Monday.", .commitment, [.time]),
  (
    "Introducing you to Carla from our Madrid office now, she owns this budget.", .commitment,
    [.reputation]
  ),
  ("We'll take ten seats at the founder price, send the invoice.", .commitment, [.money]),
  ("Can you come in on the 3rd at 9? I'll have the night nurses there.", .commitment, [.time]),
  (
    "Happy to be quoted on your site, and put me down for a call on Friday at 4.", .commitment,
    [.time, .reputation]
  ),
  ("Yes, we'll pay for the pilot: $800, starting the 15th.", .commitment, [.time, .money]),
  ("I'll ask our head of ops to join on Thursday at 10.", .commitment, [.time, .reputation]),
  ("What's the account number for the deposit?", .commitment, [.money]),
  ("Let me loop in Ahmed, our CTO, he'll want to see this.", .commitment, [.reputation]),
  ("We'll give it a go with our actual rosters from Monday.", .commitment, [.time]),
  ("Sounds promising. Keep me in the loop.", .hedge, []),
  ("We'd definitely be interested once you have a bigger customer base.", .hedge, []),
  ("Let's reconnect after the audit.", .hedge, []),
  ("Could you send me a short summary? I'll share it internally.", .hedge, []),
  ("My boss is really the one you need to convince.", .hedge, []),
  ("Is there a free tier?", .hedge, []),
  ("We might be able to do something in spring.", .hedge, []),
  ("Love where this is going, let's chat again sometime next month.", .hedge, []),
  ("I'll think it over with the team and let you know.", .hedge, []),
  ("Put me on the waitlist.", .hedge, []),
  ("We're locked into a contract with another provider until 2027, sorry.", .rejection, []),
  ("Not interested, thanks.", .rejection, []),
  ("Honestly nobody on my team has this issue.", .rejection, []),
  ("We've gone with a competitor.", .rejection, []),
  ("Our board won't approve any new software this year. It's a firm no.", .rejection, []),
  ("Thanks, but we'll keep doing it in Excel.", .rejection, []),
  ("That's not a problem we have here.", .rejection, []),
  ("I appreciate the pitch but it's a no from us.", .rejection, []),
  (
    "I won't sign anything today, but come and watch the dispatch team work on Tuesday morning at 7.",
    .commitment, [.time]
  ),
  ("Nope, Monday's out. Tuesday at 1?", .commitment, [.time]),
  ("The PO isn't a problem, I'll raise it this afternoon.", .commitment, [.money]),
  (
    "Not for us, but I'll email my friend Petra at Nordbank tonight and tell her to call you.",
    .commitment, [.reputation]
  ),
  ("Not really our thing. Maybe try the bigger chains?", .rejection, []),
  ("You should talk to Dana at Acme, she has this exact problem.", .hedge, []),
  ("I'd introduce you to our COO but she's on leave until March.", .hedge, []),
  ("We'd put down a deposit if you had a UK entity.", .hedge, []),
  ("How much would it cost for a team of twenty?", .hedge, []),
  ("Send me a calendar link and I'll find a slot.", .hedge, []),
  ("Let's schedule something for next week sometime.", .hedge, []),
  ("Add us to the waitlist and we'll see.", .hedge, []),
  ("We'd consider a paid pilot once you've got SOC 2.", .hedge, []),
  (
    "I can't promise anything, but I'll forward your deck to our CIO with a good word today.",
    .commitment, [.reputation]
  ),
  (
    "Can we do the kickoff on the 2nd? I'll get the signed order form back to you before then.",
    .commitment, [.time, .money]
  ),
  (
    "Good stuff. I've cc'd Liam, our ops director, so you two can find a time.", .commitment,
    [.reputation]
  ),
  (
    "Run it on our March payroll, we'll sit down together on April 3rd to compare.", .commitment,
    [.time]
  ),
  ("Alright, three months prepaid. Card's on file, charge it today.", .commitment, [.money]),
  ("I'll write you a LinkedIn recommendation this week.", .commitment, [.reputation]),
  ("We'll have the whole support team on it from Monday, all 14 of them.", .commitment, [.time]),
  ("We don't have the budget, and honestly we don't need it.", .rejection, []),
  ("Sorry, our parent company mandates the tools we use.", .rejection, []),
  ("I'll pass, it's just not a priority for us, and won't be.", .rejection, []),
  ("We built our own last year and it does the job.", .rejection, []),
  ("This doesn't fit how we work at all.", .rejection, []),
  ("Interesting idea. Let me mull it over and come back to you.", .hedge, []),
  ("Definitely something we'll look at down the line.", .hedge, []),
  ("I'm keen, but I need to run it past the partners first.", .hedge, []),
  ("Send over pricing and I'll see what I can do.", .hedge, []),
  ("Honestly, if it were half the price I'd sign today.", .hedge, []),
  ("yep thursday 11 works, see u then", .commitment, [.time]),
  ("Go on then, stick me down for two units. Bank transfer ok?", .commitment, [.money]),
  (
    "I'll get Sian from compliance on the next call, Tuesday 3pm suit?", .commitment,
    [.time]
  ),
  ("Right, I've emailed our MD and copied you in. Over to you.", .commitment, [.reputation]),
  ("we can trial it on the Leeds site for a fortnight starting the 6th", .commitment, [.time]),
  ("I'll sign the SOW once legal's had a look, should be by Friday.", .commitment, [.money]),
  ("Tell you what, I'll put a review up on G2 tonight.", .commitment, [.reputation]),
  (
    "Fine. Let's lock in a weekly check-in, Mondays at 9, for the next six weeks.", .commitment,
    [.time]
  ),
  ("Cheers, I'll have a think.", .hedge, []),
  ("Lovely stuff, drop us an email.", .hedge, []),
  ("Possibly, let's see how Q3 shapes up.", .hedge, []),
  ("i'd buy it tomorrow if it worked with sage", .hedge, []),
  ("We're interested in principle. Come back when you've got a few more clients.", .hedge, []),
  ("Will do, I'll have a look at the deck over the weekend.", .hedge, []),
  ("Leave it with me, I'll see who the right person is.", .hedge, []),
  ("Ta, but we're sorted.", .rejection, []),
  ("Nah mate, not for us.", .rejection, []),
  ("No need, our accountant handles all that.", .rejection, []),
  ("We won't be buying, the directors said no.", .rejection, []),
  ("I'm afraid it's not something we'd ever pay for.", .rejection, []),
  (
    "Great, I've forwarded the thread to Miguel, he runs our Lisbon team.", .commitment,
    [.reputation]
  ),
  (
    "Let's pencil in a session on the 19th, 10am, and I'll get the floor managers to come.",
    .commitment, [.time]
  ),
  ("I'm sold. Where do I sign?", .commitment, [.money]),
  ("We'll prepay the first six months, send me the invoice today.", .commitment, [.money]),
  ("Give me a login and I'll put this week's real tickets through it.", .commitment, [.time]),
  (
    "I'd be glad to introduce you to our CEO, I'll set it up for next Wednesday.", .commitment,
    [.time, .reputation]
  ),
  ("OK, two-week trial with our actual customers from Monday.", .commitment, [.time]),
  (
    "Sure thing, I'll be your reference when you talk to other councils.", .commitment,
    [.reputation]
  ),
  ("It's brilliant, honestly. Keep going!", .hedge, []),
  ("Email me the details and I'll take it to the next board meeting.", .hedge, []),
  ("We'll probably revisit this next year.", .hedge, []),
  ("That could work for us in theory.", .hedge, []),
  ("If you can get the price under $20 a seat, we'll talk.", .hedge, []),
  ("Not right now, we're mid-migration. Try me in the autumn.", .hedge, []),
  ("I like it but I'd need to see it working somewhere else first.", .hedge, []),
  ("We just don't have that pain, sorry.", .rejection, []),
  ("No, and please stop calling.", .rejection, []),
  ("We signed a three-year deal with Oracle last month, so no.", .rejection, []),
  ("Our clinicians won't use anything that isn't in the EHR. Not going to work.", .rejection, []),
  ("Thanks, but it's a pass from us.", .rejection, []),
  (
    "Absolutely, count us in for the spring cohort. We'll pay the onboarding fee now.", .commitment,
    [.time, .money]
  ),
  (
    "I'll put you in front of our procurement lead next week, she'll want a demo.", .commitment,
    [.reputation]
  ),
  ("Ok. Friday, 2:30, our office. Bring a laptop.", .commitment, [.time]),
  (
    "Happy to test it with real patient schedules, can you set us up Tuesday?", .commitment, [.time]
  ),
  ("I'll raise a purchase order for the first 20 licences today.", .commitment, [.money]),
  (
    "I've already pinged Grace in finance, she'll email you this afternoon.", .commitment,
    [.reputation]
  ),
  ("Very cool. Let me know when you launch.", .hedge, []),
  ("I'll have to check with the owners, they make these calls.", .hedge, []),
  ("Could be useful for us down the road, who knows.", .hedge, []),
  ("What kind of discount would we get for a year upfront?", .hedge, []),
  ("Let me get back to you once I've spoken to IT.", .hedge, []),
  ("We're open to it. Send a proposal and we'll review.", .hedge, []),
  ("We really don't need another dashboard.", .rejection, []),
  ("This wouldn't get past our security team, so I'll stop you there.", .rejection, []),
  ("We're happy with how things are, thanks.", .rejection, []),
  ("I'm going to have to say no on this one.", .rejection, []),
  ("Done deal. I'll wire the deposit first thing Monday.", .commitment, [.money]),
  ("Let's do a proper workshop with the planners on 4 June, full morning.", .commitment, [.time]),
  (
    "You've got a champion here. I'm presenting it to the exec team on Thursday.", .commitment,
    [.reputation]
  ),
  (
    "Sign us up for the paid pilot, we'll get three depots on it from the 1st.", .commitment,
    [.time, .money]
  ),
  ("Sure, use us as a case study once we're live.", .hedge, []),
  (
    "I'll connect you with our parent company's innovation lead, expect an email from Tom today.",
    .commitment, [.reputation]
  ),
  ("Let me send you a few dates for next week and we'll lock one in.", .hedge, []),
  ("Cool cool. Let's stay in touch.", .hedge, []),
  ("Honestly I'm not the right person, try someone in ops.", .rejection, []),
  ("I'll flag it to my manager and see what she says.", .hedge, []),
  ("We would have to see a few case studies before going further.", .hedge, []),
  ("Our budget for this year is spent. Maybe next year.", .hedge, []),
  ("Appreciate it, we'll stick with our spreadsheets though.", .rejection, []),
  ("It doesn't solve a problem we have.", .rejection, []),
  ("No budget, no interest, sorry.", .rejection, []),
  ("That's a hard pass for us at this point.", .rejection, []),
  (
    "Yes, let's run the pilot. I'll sign the pilot agreement and we start on the 10th.",
    .commitment, [.time, .money]
  ),
  ("Tomorrow at 9 I'll walk you round the kitchen, come hungry.", .commitment, [.time]),
  ("I'll put in a word with the regional director this week.", .commitment, [.reputation]),
  ("We'll take the starter plan, card details coming over now.", .commitment, [.money]),
  ("My CTO needs to see this. Are you free Monday at 4?", .commitment, [.time, .reputation]),
  ("I'm in for the beta. Onboarding call on Wednesday works.", .commitment, [.time]),
  ("Nice work! Maybe we can find some time in the next few weeks.", .hedge, []),
  ("Send me your case studies and I'll forward them around.", .hedge, []),
  ("Sounds like something our IT team might look into.", .hedge, []),
  ("We'll consider it in the next budget cycle.", .hedge, []),
  ("Let me think about who else might find this useful.", .hedge, []),
  ("Sadly we're not in a position to take this on.", .rejection, []),
  ("Frankly it's overkill for a shop our size.", .rejection, []),
  ("We have zero interest in AI tools right now or any time soon.", .rejection, []),
  ("I can see why others would want it, but not us.", .rejection, []),
]
