/**
 * The rules of the leak-incident register under the APPI (Act Art. 26, Enforcement Rules Art. 7–10) as plain Java,
 * with no container, persistence or clock:
 *
 * <ul>
 *   <li>what an incident is: {@link jp.member.incidents.rules.IncidentKind}, {@link
 *       jp.member.incidents.rules.CauseCategory}, {@link jp.member.incidents.rules.Malice};
 *   <li>its scope: how each data item reached anyone ({@link jp.member.incidents.rules.Exposure}, {@link
 *       jp.member.incidents.rules.ItemExposure}) and the counts the decision rests on ({@link
 *       jp.member.incidents.rules.ScopeFacts});
 *   <li>whether it must be reported, and why ({@link jp.member.incidents.rules.Reportability}: the four triggers of
 *       Rule 7 and the encryption exemption);
 *   <li>when the preliminary and final reports are due and where each stands ({@link
 *       jp.member.incidents.rules.IncidentClock}: Rule 8, days counted from the day after the one it became known);
 *   <li>what the report and the notice say ({@link jp.member.incidents.rules.ReportItem}, the nine items of Rule 8(1)
 *       and the five of Rule 10; {@link jp.member.incidents.rules.PpcReportDraft}, a first draft in Japanese);
 *   <li>what a leak may cost in compensation by the JNSA model ({@link jp.member.incidents.rules.JnsaModel}).
 * </ul>
 *
 * <p>Settings come in as a function from key to value (the application's {@code Settings::value}); a bad value takes
 * the default and never throws. The incident boundary counts the scope from the audit trail and calls these.
 */
package jp.member.incidents.rules;
