/**
 * The verifying step: judges each outcome against what its page claims (expect, check, require) with the same
 * rules for samples and JShell blocks, and decides which results the cache may keep.
 */
package measured.verify;
