/**
 * Results on disk, keyed by a hash of everything that can change them; the cache does not know what it stores.
 */
package measured.cache;
