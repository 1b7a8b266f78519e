// The words people type around the catalogue's filters, per language, that the message catalogue
// does not hold: synonyms, abbreviations, comparisons, units and the small words around them. The
// filters' own names need no entry: grade labels, modalities and tasks come from each locale's
// messages, languages and countries from CLDR (lib/search/understand.ts). A language without an
// entry here is still understood through those; an entry only adds what people also say.
// Every language's words are read whatever the page's language: people mix them. Written as people
// write them; they are compared without case or accents (normaliseWord).

export type SearchWords = {
  /** "open" alone: the site's open, usable by anyone for any purpose (grades A to C) */
  open: readonly string[];
  /** the manifesto's open source, grade A */
  openSource: readonly string[];
  /** open weights, grade C */
  openWeights: readonly string[];
  /** large language models: the text-generation task */
  llm: readonly string[];
  speechRecognition: readonly string[];
  speechSynthesis: readonly string[];
  translation: readonly string[];
  imageGeneration: readonly string[];
  code: readonly string[];
  sme: readonly string[];
  commercial: readonly string[];
  /** a filter's grade written as a word before or after its letter: "grade B", "Note B" */
  gradeWords: readonly string[];
  atMost: readonly string[];
  atLeast: readonly string[];
  /** "between 1 and 10B": the words before and between the two sizes */
  between: readonly (readonly [string, string])[];
  /** units of parameters, in billions */
  units: Readonly<Record<string, number>>;
  /** "parameters" after a size ("10 milliards de paramètres") */
  parameterWords: readonly string[];
  /** words around the filters that a text search would not find in a name ("models from") */
  smallWords: string;
  /** an adjective's other forms, for names of languages and grade labels ("française", "offene") */
  forms?: (word: string) => string[];
};

const BILLION = ["billion", "billions", "bn", "b", "g"];
const MILLION = ["million", "millions", "m"];
const units = (billions: readonly string[], millions: readonly string[]) =>
  Object.fromEntries([...billions.map((unit) => [unit, 1]), ...millions.map((unit) => [unit, 0.001])]) as Record<string, number>;

/** A French adjective's other forms: "français" → "française", "françaises"...; "italien" → "italienne". */
function frenchForms(word: string): string[] {
  const irregular: Record<string, string[]> = { grec: ["grecque", "grecques"], turc: ["turque", "turques"], ferme: ["fermee", "fermees", "fermes"] };
  if (irregular[word]) return [word, ...irregular[word]];
  const forms = [word, `${word}s`, `${word}e`, `${word}es`];
  if (word.endsWith("en")) forms.push(`${word}ne`, `${word}nes`);
  if (word.endsWith("s")) forms.push(`${word}e`, `${word}es`);
  return forms;
}

/** A German adjective's declined forms: "offen" → "offene", "offenen", "offener", "offenes". */
const germanForms = (word: string) => [word, ...["e", "en", "er", "es", "em"].map((ending) => `${word}${ending}`)];

export const SEARCH_WORDS: Readonly<Record<string, SearchWords>> = {
  en: {
    open: ["open"],
    openSource: ["open source", "opensource", "fully open", "truly open"],
    openWeights: ["open weight", "open weights"],
    llm: ["llm", "llms", "large language model", "large language models", "language model", "language models", "chatbot", "chatbots"],
    speechRecognition: ["asr", "speech to text", "transcription", "transcriptions"],
    speechSynthesis: ["tts", "speech synthesis", "voice synthesis"],
    translation: ["machine translation", "translate"],
    imageGeneration: ["image generation"],
    code: ["coding", "programming"],
    sme: ["sme", "smes"],
    commercial: ["commercial", "commercial use", "commercially"],
    gradeWords: ["grade", "class"],
    atMost: ["under", "below", "less than", "smaller than", "up to", "at most", "max", "maximum"],
    atLeast: ["over", "above", "more than", "larger than", "bigger than", "at least", "min", "minimum"],
    between: [["between", "and"]],
    units: units(BILLION, MILLION),
    parameterWords: ["parameters", "parameter", "params"],
    smallWords:
      "a an the of for from in on with and or that which who model models speaking speaks speak trained made by based supporting support supports " +
      "is are than parameters parameter params size european europe grade grades language languages",
  },
  fr: {
    open: ["ouvert"],
    openSource: ["entièrement ouvert", "totalement ouvert"],
    openWeights: ["poids ouvert", "poids ouverts", "poids libres"],
    llm: ["grand modèle de langage", "grands modèles de langage", "modèle de langage", "modèles de langage", "modèle de langue", "modèles de langue"],
    speechRecognition: [],
    speechSynthesis: [],
    translation: ["traduction automatique"],
    imageGeneration: ["génération d’images", "génération d’image"],
    code: ["programmation"],
    sme: ["pme", "pmes"],
    commercial: ["usage commercial", "utilisation commerciale", "commerciale"],
    gradeWords: ["note"],
    atMost: ["moins de", "jusqu’à", "au plus", "au maximum", "sous", "inférieur à", "inférieure à", "inférieurs à", "inférieures à"],
    atLeast: ["plus de", "au moins", "supérieur à", "supérieure à", "supérieurs à", "supérieures à", "au-delà de"],
    between: [["entre", "et"]],
    units: units(["md", "mds", "milliard", "milliards"], []),
    parameterWords: ["paramètres", "de paramètres"],
    smallWords:
      "un une des de du d la le les l en pour avec et ou qui parle parlent parlant modèle modèles entraîné entraînés fait faits par basé sur " +
      "européen européens européenne européennes paramètres paramètre taille note notes langue langues",
    forms: frenchForms,
  },
  de: {
    open: ["offen"],
    openSource: ["vollständig offen", "wirklich offen", "quelloffen"],
    openWeights: ["offene gewichte", "offenen gewichten"],
    llm: ["Sprachmodell", "Sprachmodelle", "großes Sprachmodell", "große Sprachmodelle"],
    speechRecognition: ["spracherkennung"],
    speechSynthesis: ["sprachsynthese"],
    translation: ["maschinelle Übersetzung", "Übersetzung"],
    imageGeneration: ["bildgenerierung", "bilderzeugung"],
    code: ["programmierung"],
    sme: ["kmu", "kmus"],
    commercial: ["kommerziell", "kommerzielle nutzung"],
    gradeWords: ["note", "stufe"],
    atMost: ["unter", "bis", "höchstens", "maximal", "weniger als", "kleiner als"],
    atLeast: ["über", "mindestens", "ab", "mehr als", "größer als"],
    between: [["zwischen", "und"], ["von", "bis"]],
    units: units(["mrd", "milliarde", "milliarden"], ["mio", "million", "millionen"]),
    parameterWords: ["parameter", "parametern"],
    smallWords: "ein eine einer eines der die das des dem den von aus in mit und oder für auf Modell Modelle Modellen Sprache Sprachen europäisch europäische europäischen große",
    forms: germanForms,
  },
  es: {
    open: ["abierto", "abiertos", "abierta", "abiertas"],
    openSource: ["código abierto", "totalmente abierto", "totalmente abiertos"],
    openWeights: ["pesos abiertos"],
    llm: ["modelo de lenguaje", "modelos de lenguaje", "gran modelo de lenguaje", "grandes modelos de lenguaje"],
    speechRecognition: ["reconocimiento de voz"],
    speechSynthesis: ["síntesis de voz"],
    translation: ["traducción automática"],
    imageGeneration: ["generación de imágenes"],
    code: ["programación"],
    sme: ["pyme", "pymes"],
    commercial: ["uso comercial", "comercial"],
    gradeWords: ["nota", "grado"],
    atMost: ["menos de", "hasta", "como máximo", "por debajo de"],
    atLeast: ["más de", "al menos", "como mínimo", "por encima de"],
    between: [["entre", "y"]],
    units: units(["millardo", "millardos"], ["millón", "millones"]),
    parameterWords: ["parámetros", "de parámetros"],
    smallWords: "un una unos unas el la los las de del en para con y o que modelo modelos europeo europeos europea europeas idioma idiomas lengua lenguas",
  },
  it: {
    open: ["aperto", "aperti", "aperta", "aperte"],
    openSource: ["completamente aperto", "completamente aperti"],
    openWeights: ["pesi aperti"],
    llm: ["modello linguistico", "modelli linguistici", "grande modello linguistico", "grandi modelli linguistici"],
    speechRecognition: ["riconoscimento vocale"],
    speechSynthesis: ["sintesi vocale"],
    translation: ["traduzione automatica"],
    imageGeneration: ["generazione di immagini"],
    code: ["programmazione"],
    sme: ["pmi"],
    commercial: ["uso commerciale", "commerciale"],
    gradeWords: ["voto", "classe"],
    atMost: ["meno di", "fino a", "al massimo", "sotto"],
    atLeast: ["più di", "almeno", "oltre", "sopra"],
    between: [["tra", "e"], ["fra", "e"]],
    units: units(["mld", "miliardo", "miliardi"], ["mln", "milione", "milioni"]),
    parameterWords: ["parametri", "di parametri"],
    smallWords: "un uno una il lo la i gli le di del della dei delle in per con e o che modello modelli europeo europei europea europee lingua lingue",
  },
  pl: {
    open: ["otwarty", "otwarte", "otwarta", "otwartych", "otwartym"],
    openSource: ["w pełni otwarty", "w pełni otwarte", "otwartoźródłowy", "otwartoźródłowe"],
    openWeights: ["otwarte wagi", "otwartymi wagami"],
    llm: ["model językowy", "modele językowe", "duży model językowy", "duże modele językowe"],
    speechRecognition: ["rozpoznawanie mowy"],
    speechSynthesis: ["synteza mowy"],
    translation: ["tłumaczenie maszynowe"],
    imageGeneration: ["generowanie obrazów"],
    code: ["programowanie"],
    sme: ["msp"],
    commercial: ["użytek komercyjny", "komercyjny", "komercyjne"],
    gradeWords: ["ocena", "klasa"],
    atMost: ["poniżej", "do", "najwyżej", "mniej niż", "maksymalnie"],
    atLeast: ["powyżej", "od", "co najmniej", "więcej niż", "minimum"],
    between: [["od", "do"], ["między", "a"]],
    units: units(["mld", "miliard", "miliardy", "miliardów"], ["mln", "milion", "miliony", "milionów"]),
    parameterWords: ["parametrów", "parametry"],
    smallWords: "w z ze na do dla i lub oraz który które model modele modeli europejski europejskie europejskich język języki języku",
  },
  nl: {
    open: ["open"],
    openSource: ["volledig open", "echt open"],
    openWeights: ["open gewichten"],
    llm: ["taalmodel", "taalmodellen", "groot taalmodel", "grote taalmodellen"],
    speechRecognition: ["spraakherkenning"],
    speechSynthesis: ["spraaksynthese"],
    translation: ["machinevertaling"],
    imageGeneration: ["beeldgeneratie"],
    code: ["programmeren"],
    sme: ["mkb"],
    commercial: ["commercieel", "commercieel gebruik"],
    gradeWords: ["cijfer", "klasse"],
    atMost: ["onder", "tot", "hoogstens", "maximaal", "minder dan", "kleiner dan"],
    atLeast: ["boven", "minstens", "ten minste", "meer dan", "groter dan"],
    between: [["tussen", "en"], ["van", "tot"]],
    units: units(["mld", "miljard", "miljarden"], ["mln", "miljoen"]),
    parameterWords: ["parameters"],
    smallWords: "een de het van uit in met en of die dat voor op model modellen europees europese taal talen",
    forms: (word) => [word, `${word}e`],
  },
  pt: {
    open: ["aberto", "abertos", "aberta", "abertas"],
    openSource: ["código aberto", "totalmente aberto", "totalmente abertos"],
    openWeights: ["pesos abertos"],
    llm: ["modelo de linguagem", "modelos de linguagem", "grande modelo de linguagem", "grandes modelos de linguagem"],
    speechRecognition: ["reconhecimento de fala"],
    speechSynthesis: ["síntese de fala"],
    translation: ["tradução automática"],
    imageGeneration: ["geração de imagens"],
    code: ["programação"],
    sme: ["pme", "pmes"],
    commercial: ["uso comercial", "comercial"],
    gradeWords: ["nota", "classe"],
    atMost: ["menos de", "até", "no máximo", "abaixo de"],
    atLeast: ["mais de", "pelo menos", "no mínimo", "acima de"],
    between: [["entre", "e"]],
    // "bilião" is 10¹² in Portugal and "bilhão" 10⁹ in Brazil: only the unambiguous words
    units: units([], ["milhão", "milhões"]),
    parameterWords: ["parâmetros", "de parâmetros"],
    smallWords: "um uma uns umas o a os as de do da dos das em para com e ou que modelo modelos europeu europeus europeia europeias língua línguas idioma idiomas",
  },
};
