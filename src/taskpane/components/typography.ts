import { makeStyles, typographyStyles } from "@fluentui/react-components";

/**
 * Fluent's type ramp for the pane's own headings and captions, as class names: what Fluent's Text
 * components (Title3, Subtitle2, Caption1) apply, inline like them, without their code in the
 * first view.
 */
export const useTypography = makeStyles({
  title3: { ...typographyStyles.title3, display: "inline" },
  subtitle2: { ...typographyStyles.subtitle2, display: "inline" },
  caption1: { ...typographyStyles.caption1, display: "inline" },
});
