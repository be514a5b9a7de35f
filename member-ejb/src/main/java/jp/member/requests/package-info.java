/**
 * Members' requests under the APPI (開示等の請求, Act Art. 32–39): purpose notice, disclosure with the records of
 * provision to third parties, correction, stop of use, erasure and stop of provision — taken by an agent inside an
 * inquiry or entered by the privacy officer, with the identity check recorded before anything is produced; the
 * officer's queue with its clock and alerts; the decision with the reason the member is told; the fee (only where
 * the law allows one); the reply (covering letter and the data the request calls for, printable or an encrypted ZIP,
 * produced in the background, each read recorded against the request); stop and erasure executed through the members'
 * own paths; the published matters (Art. 32). Pure rules live in {@code rules}.
 *
 * <p>May use: {@code shared}, {@code security}, {@code audit}, {@code staff}, {@code members}, {@code points},
 * {@code exports}, {@code inquiries}, {@code monitoring}. Used by the web tier (boundaries only).
 */
package jp.member.requests;
