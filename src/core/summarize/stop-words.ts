/**
 * English function words that carry no topic, left out of sentence similarity: NLTK's English
 * stop-word list (Bird, Klein & Loper 2009), plus the clitic pieces wink-nlp splits off ("'s",
 * "n't") in both apostrophe forms, and the reporting verbs and modals that occur in nearly every
 * news sentence ("said", "would") and so say nothing about which sentences share a topic.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her
  hers herself it its itself they them their theirs themselves what which who whom this that these
  those am is are was were be been being have has had having do does did doing a an the and but if or
  because as until while of at by for with about against between into through thru during before after
  above below to from up down in out on off over under again further then once here there when where
  why how all any both each few more most other some such no nor not only own same so than too very
  s t can will just don should now d ll m o re ve y ain aren couldn didn doesn hadn hasn haven isn ma
  mightn mustn needn shan shouldn wasn weren won wouldn
  's ’s 'm ’m 're ’re 've ’ve 'd ’d 'll ’ll n't n’t
  also would could may might must said says say told`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);
