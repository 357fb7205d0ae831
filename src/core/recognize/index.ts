/** Plan recognition: plan tables, their columns and rows, the appendix tables, and the metadata. */
export { recognizePlans, type NearMissTable, type Recognition } from "./recognize";
export { matchHeader, appendixHeaderKind, type HeaderMatch } from "./header-match";
export {
  HEADER_VOCABULARY,
  HeaderVocabularyError,
  parseHeaderVocabulary,
  type HeaderSynonym,
  type HeaderVocabulary,
  type KnownRole,
} from "./header-vocabulary";
export {
  readCriterionLabel,
  readLevelLabel,
  readStandardLabel,
  findCriterionMention,
  type CriterionLabel,
  type StandardLabel,
} from "./labels";
