/**
 * The rules of members' requests under the APPI (Act Art. 32–39) as plain Java, with no container, persistence or
 * clock: what may be asked ({@link jp.member.requests.rules.RequestKind}) and on which ground ({@link
 * jp.member.requests.rules.StopGround}); who asks and how they are identified ({@link
 * jp.member.requests.rules.IdentityMethod}); the clock ({@link jp.member.requests.rules.RequestClock}); the fee
 * ({@link jp.member.requests.rules.Fees}, Art. 38); the decision and its reason ({@link
 * jp.member.requests.rules.DecisionDraft}, Art. 36); which sections the reply contains ({@link
 * jp.member.requests.rules.PackageContents}).
 */
package jp.member.requests.rules;
