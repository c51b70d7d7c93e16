import { inGemeente, wholeGemeente } from './gemeenteName.js';
import type { intakeTexts as dutch } from '../nl/intake.js';
import type { Translation } from '../translation.js';
import { wijkteamCalled, WijkteamCalled } from './wijkteamName.js';

/** English for residents who write English; same keys as the Dutch module. */
export const intakeTexts: Translation<typeof dutch> = {
  welcome: {
    hello:
      'Hello! I am the digital wijkwijzer (neighbourhood guide) of the municipality. I am a computer program, not a person.',
    whatICanDo:
      'I help you find free support and activities in your neighbourhood. If that does not work, someone from the wijkteam (neighbourhood team) can help you think it through.',
    whatIKeep:
      'I keep as little as possible. Type "privacy" to read what I keep. Type "help" if you get stuck.',
    otherLanguage: 'U kunt ook in het Nederlands schrijven.',
  },
  welcomeBack: 'Welcome back to the digital wijkwijzer. I am a computer program, not a person.',
  askQuestion: 'How can I help you? Please write it in your own words.',
  askNextQuestion: 'What would you like help with? Please write it in your own words.',
  questionTooShort:
    'Could you tell me a little more? For example: "I feel lonely" or "I have debts".',
  notUnderstood:
    'Sorry, I did not understand that. Could you say it in other words? For example: "I cannot pay my bills".',
  questionReceived: 'Thank you. I have read your question.',
  /** A greeting without a question ("hello again"): said before the question is asked again. */
  greetedBack: 'Hello! Good to have you here.',
  hardNews: {
    loss: 'I am so sorry for your loss.',
    illness: 'I am sorry to hear that. That is hard for you.',
  },
  gemeente: {
    notForUs: (dienst: string) =>
      `Your question is about: ${dienst}. This is a question for the municipality (gemeente) itself. I cannot help you with that. I look for free help and activities in your neighbourhood.`,
    phone: (gemeente: string, phone: string) =>
      `You can call the municipality of ${gemeente}: ${phone}.`,
    website: (site: string) => `Or go to ${site}.`,
    websiteOnly: (gemeente: string, site: string) =>
      `Go to the website of the municipality of ${gemeente}: ${site}.`,
  },
  aboutWijkteam: {
    what: 'The wijkteam (neighbourhood team) is a team of social workers in your neighbourhood. You can go to them with questions about, for example, money, raising children, health, care, housing or loneliness. The wijkteam thinks along with you. They help you themselves or find the right help together with you. It is free.',
    yourTeam: (team: string) => `Your neighbourhood team is ${team}.`,
    offer: 'Would you like someone from the wijkteam to contact you?',
    yes: 'Yes, please',
    no: 'No, thank you',
    declined:
      'All right. You can always ask me a question too. Then I will look for help in your neighbourhood.',
    declinedGoOn: 'All right. Let us continue where we were.',
    ownEntry: 'You can also reach the wijkteam yourself:',
  },
  care: {
    notForUs: (zorg: string) =>
      `Your question is about: ${zorg}. I cannot help you with that. I look for free help and activities in your neighbourhood.`,
    whereToGo: (emergency: string) =>
      `Do you have a question about your health? Call your GP (huisarts). Are you looking for a new GP, dentist or physiotherapist? Your health insurer helps you look. Is it urgent and is your GP closed? Call the GP out-of-hours service (huisartsenpost). Is a life in danger? Call ${emergency}.`,
  },
  maskedNote:
    'I removed a number or address from your text, such as a BSN or bank account number. You do not need to give that here.',

  domains: {
    confirmOne: (label: string) => `I think your question is about: ${label}. Is that right?`,
    chooseOfFew: 'I think your question is about this. Which fits best?',
    chooseFirst: 'What would you like help with first? Choose one.',
    both: 'Both',
    somethingElse: 'Something else',
    chooseFromList: 'What is your question mainly about? Choose a topic.',
    chosen: (labels: string) => `Good. I will look for help with: ${labels}.`,
    retry:
      'I am not sure which topic you mean yet. Choose a topic in the list, or type its number. None fits? Then choose "Something else, or I do not know".',
    change: 'Topic',
    none: 'Something else, or I do not know',
    noneChosen: 'Fine. Then I will search with the words of your question.',
  },

  forWhom: {
    question: 'Who are you looking for help for?',
    self: 'For myself',
    child: 'For my child',
    caredFor: 'For someone I care for',
    someoneElse: 'For someone else',
    retry: 'I did not understand that. Choose a button, or type its number.',
    whoIs: (name: string) =>
      `Who is ${name} to you? Is ${name} your child, someone you care for, or someone else? Choose a button.`,
    notAPerson: (wijk?: string) =>
      `${wijk === undefined ? '' : `You mention the neighbourhood ${wijk}. `}That is a place, not a person. Choose below who you are looking for help for.`,
    livesAt: 'Now please choose below who you are looking for help for.',
    change: 'For whom',
  },

  relations: {
    moeder: 'your mother',
    vader: 'your father',
    zoon: 'your son',
    dochter: 'your daughter',
    kind: 'your child',
    partner: 'your partner',
    man: 'your husband',
    vrouw: 'your wife',
    opa: 'your grandfather',
    oma: 'your grandmother',
    broer: 'your brother',
    zus: 'your sister',
    oom: 'your uncle',
    tante: 'your aunt',
    kleinkind: 'your grandchild',
    buurman: 'your neighbour',
    buurvrouw: 'your neighbour',
    schoonmoeder: 'your mother-in-law',
    schoonvader: 'your father-in-law',
    vriend: 'your friend',
    vriendin: 'your friend',
  },

  age: {
    self: 'How old are you? Type your age or choose a button.',
    child: 'How old is your child? Type the age or choose a button.',
    other: 'How old is the person you are looking for help for? Type the age or choose a button.',
    of: (who: string) => `How old is ${who}? Type the age or choose a button.`,
    bands: {
      '0-11': 'Under 12',
      '12-17': '12 to 18',
      '18-26': '18 to 27',
      '27-66': '27 to 67',
      '67+': '67 or older',
    },
    skip: 'I would rather not say',
    retry: 'Type an age, for example 45. Or choose "I would rather not say".',
    change: 'Age',
  },

  where: {
    question: (example?: string) =>
      example === undefined
        ? 'In which neighbourhood are you looking for help? Type the postcode (4 digits). Or type the name of the neighbourhood.'
        : `In which neighbourhood are you looking for help? Type the postcode, for example ${example}. Or type the name of the neighbourhood.`,
    skip: 'Skip',
    found: (wijk: string) => `That is the neighbourhood ${wijk}.`,
    foundInMessage: (wijk: string) => `You mentioned the neighbourhood ${wijk}. I will look there.`,
    stadsdeel: (name: string) => `Then I will look in the district ${name}.`,
    outside: (place: string, gemeente?: string) =>
      `${place} is not ${inGemeente(gemeente)}. I only know support ${inGemeente(gemeente)}. For support where you live, please contact your own municipality.`,
    postcodeWithoutWijk: (postcode: string, gemeente?: string) =>
      `${postcode} is a postcode ${inGemeente(gemeente)}, but I do not know which neighbourhood it belongs to. I will look in ${wholeGemeente(gemeente)}.`,
    unknown: 'I do not know that postcode or neighbourhood. Please try again, or choose "Skip".',
    phoneNumber: (example?: string) =>
      `That looks like a phone number. Type the 4 digits of your postcode${example === undefined ? '' : `, for example ${example}`}. Or choose "Skip".`,
    unknownSaid: (said: string, gemeente?: string) =>
      `I do not know "${said}" as a neighbourhood or postcode ${inGemeente(gemeente)}. Type the postcode (4 digits) or the name of your neighbourhood. Or choose "Skip".`,
    whichOf: (names: string) => `Which neighbourhood do you mean: ${names}?`,
    skipped: (gemeente?: string) => `Fine. I will look in ${wholeGemeente(gemeente)}.`,
    gaveUp: (gemeente?: string) =>
      `I do not know which neighbourhood you live in. So I will look in ${wholeGemeente(gemeente)}.`,
    change: 'Neighbourhood',
  },

  tried: {
    question: 'Have you already tried something? That helps me find better support.',
    self: 'Yes, myself',
    network: 'Yes, with people around me',
    alreadyHelp: 'I already get help',
    nothing: 'Nothing yet',
    skip: 'Skip',
    thanks: 'Thank you. That is good to know.',
    change: 'What I already tried',
  },

  results: {
    intro: (count: number) =>
      count === 1 ? 'This is what I found for you:' : `I found ${count} things for you:`,
    cardsLanguage:
      'The description of each service comes from the organisation itself and is in Dutch.',
    helpful: 'Does this help you?',
    yes: 'Yes',
    searchAgain: 'Look for something else',
    talkToSomeone: 'I want to talk to someone',
    nothingFound: 'I did not find anything that fits your question well.',
    personToo:
      'It sounds like a lot is coming at you. You do not have to do this alone. Would you rather talk to someone from the wijkteam? Then choose "I want to talk to someone".',
    notAgain: 'I will not show you the support from last time again.',
    /** ADR 0013: what fits is for another age (search noAgeFit). */
    noAgeFit: 'I did find help for your question, but it is meant for people of a different age.',
    glad: 'I am glad I could help.',
    scoreQuestion: 'Would you like to rate this conversation? Choose 1 (bad) to 5 (good).',
    scoreSkip: 'No, thank you',
    scoreThanks: 'Thank you for your rating.',
    goodbye: 'You can always come back. Just type a new question.',
  },

  proposal: {
    reason: {
      no_good_match: 'I did not find support that fits your question well.',
      many_domains: 'Your question is about several things at once.',
      loss_of_control: 'It sounds like a lot is coming at you. That is very understandable.',
      returning_unsolved: 'You asked about this before. It has not been solved yet.',
    },
    notHelped: 'I am sorry this does not help.',
    offer:
      'Someone from the wijkteam (neighbourhood team) can help you think it through. It is free. Shall I send your question to them?',
    yes: 'Yes, please',
    no: 'No, keep looking myself',
    declined: 'Fine. Then we will keep looking together.',
    declinedNoMatch: 'Fine. You can always ask later. Just type "I want to talk to a person".',
  },

  followUp: {
    question: (labels: string) => `Last time we looked for help with: ${labels}. Did it work out?`,
    gotHelp: 'Yes, I got help',
    couldNotReach: 'I could not reach anyone',
    didNotQualify: 'I was not allowed to go',
    noPlace: 'There was no place',
    skip: 'Skip',
    thanksGood: 'That is good to hear! Thank you for letting me know.',
    thanksBad:
      'I am sorry to hear that. Thank you for letting me know. Let us look again together.',
    notSolved: (labels: string) =>
      `I am sorry it did not work out. Last time we looked for help with: ${labels}.`,
    notSolvedReason: 'What went wrong?',
  },

  caseStatus: {
    nieuw: (team: string, date: string) =>
      `Your question has been with ${wijkteamCalled(team)} since ${date}. Someone from the wijkteam will contact you.`,
    opgepakt: (team: string, date: string) =>
      `Your question was picked up by ${wijkteamCalled(team)} on ${date}.`,
    contact_gelegd: (team: string, date: string) =>
      `${WijkteamCalled(team)} was in touch with you about your question on ${date}.`,
    afgerond: (team: string, date: string) =>
      `${WijkteamCalled(team)} finished your question on ${date}.`,
    geannuleerd: (_team: string, date: string) => `Your question was stopped on ${date}.`,
  },

  choices: {
    yes: 'Yes',
    no: 'No',
    retry: 'I did not understand that. Choose a button, or type the number or the word.',
    numberedHint: 'You can also type the number.',
    listHint: 'Choose in the list below. You can also type the number or the word.',
    listLabel: 'Make a choice',
    listPlaceholder: 'Choose…',
    listSubmit: 'Choose',
    listMissing: 'Please choose something in the list first.',
  },

  interruptions: {
    help: [
      'I am a computer program. I help you find support and activities in your neighbourhood.',
      'You can always type one of these words: "start over", "stop", "I want to talk to a person", "privacy", "what do you know about me" or "forget me".',
    ],
    helpInDanger: (danger: string, suicide: string, abuse: string) =>
      `Are you or someone else in danger? Call ${danger} right away. Are you thinking about suicide? Call 113 Suicide Prevention for free: ${suicide}. Is there violence at home? Call Veilig Thuis for free: ${abuse}.`,
    serviceWords: {
      wijkteam:
        'A wijkteam (neighbourhood team) is a team of social workers in your neighbourhood. It works together with the municipality. The team helps with questions about, for example, money, care, housing or raising children. I can send your question to the wijkteam.',
      voorziening:
        'A voorziening (service) is help you can go to. For example a walk-in hour, a volunteer who helps, or a place in the neighbourhood to meet other people.',
      levensgebied:
        'A levensgebied (life area) is the part of your life your question is about. For example money, housing, health or work. It helps me search better.',
      mantelzorg:
        'Mantelzorg is care for someone you know who is ill or needs help. For example your partner, parent, child or neighbour. You are not paid for it. A person who gives this care is a mantelzorger (carer).',
    },
    continueHere: 'Let us continue where we were.',
    restart: 'Fine. Let us start again.',
    stop: 'Fine. We will stop. Nothing has been sent. Type something if you want to continue later.',
    alreadyHandingOver: 'We are already sending your question to the wijkteam.',
    privacy: (stateDays: number, contactDays: number, caseDays: number) =>
      [
        'This is what I keep:',
        '- Your answers in this conversation. I need them to help you.',
        '- What you looked for before: only the topic and the date. So I can ask later whether it worked out.',
        '- If you send your question to the wijkteam, we keep your question and how to reach you.',
        '',
        `I erase conversations and topics at the latest ${stateDays} days after your last message. Your contact details are erased ${contactDays} days after the wijkteam has finished. The whole question after ${caseDays} days.`,
        '',
        'Type "what do you know about me" to see what I know. Type "forget me" to erase it.',
      ].join('\n'),
    languageChosen: 'Fine. From now on I will write in English.',
  },

  whatWeKnow: {
    intro: 'This is what I know about you:',
    conversationNone: 'I do not know anything about this conversation yet.',
    conversation: (parts: readonly string[]) =>
      ['In this conversation:', ...parts.map((part) => `- ${part}`)].join('\n'),
    question: (question: string) => `your question "${question}"`,
    topics: (labels: string) => `topic ${labels}`,
    forWhom: (label: string) => `for whom: ${label}`,
    forWhomLabels: {
      zelf: 'for yourself',
      kind: 'for your child',
      partner: 'for your partner',
      ouder: 'for your father or mother',
      familielid: 'for someone in your family',
      naaste: 'for someone you care for',
      buur: 'for a neighbour',
      ander: 'for someone else',
      onbekend: 'not said',
    },
    ageBand: (label: string) => `age ${label}`,
    area: (wijk: string) => `neighbourhood ${wijk}`,
    contact: (details: string) =>
      `your name and contact details: ${details}. I keep them only until your question is sent.`,
    visitsNone: 'I do not remember anything from earlier conversations.',
    visits: (count: number, memoryDays: number) =>
      count === 1
        ? `I remember 1 earlier conversation: only the date and the topic. I erase it after ${memoryDays} days.`
        : `I remember ${count} earlier conversations: only the date and the topic. I erase them after ${memoryDays} days.`,
    visit: (date: string, labels: string) => `- ${date}: ${labels}`,
    pending: (date: string) =>
      `On ${date} you started to send your question to the wijkteam. It was not sent. I keep that question for a few days, so you can continue.`,
  },

  forget: {
    confirm:
      'Are you sure? I will then erase this conversation and what I remember about you. At the wijkteam I will erase your name, phone number and e-mail address. A question you already sent stays there without those details. This cannot be undone.',
    yes: 'Yes, erase everything',
    no: 'No, do not erase',
    done: 'I have erased this conversation and everything I remembered about you.',
    screenNote:
      'The conversation is still on your screen. Close the window, or choose "Quick exit".',
    kept: 'Fine. I have not erased anything.',
  },

  resume: {
    question:
      'You were sending your question to the wijkteam. Nothing has been sent yet. Do you want to continue?',
    continue: 'Yes, continue',
    startOver: 'No, start again',
  },
  returningCheck: {
    question: 'Were you here before with a question? Then we carry on where we were.',
    itWasMe: 'Yes, that was me',
    startFresh: 'No, start fresh',
    startedFresh:
      'All right. We start a new conversation. You will not see what was asked here before; it stays with that person.',
  },
};
