/*
 * A preload library that copies /proc/self/smaps to $SMAPS_OUT when the process
 * exits, so memory_breakdown.py can say which mappings make up a run's resident
 * set (the executable, each shared library, each font file, anonymous memory).
 *
 *   cc -shared -fPIC -O2 -o smaps_dump.so smaps_dump.c
 *   SMAPS_OUT=/tmp/x.smaps LD_PRELOAD=./smaps_dump.so compare bar …
 *
 * At exit, not at the peak: what a run frees before it ends (cairo_peer's pixel
 * buffer) is missing here but counted in GNU time's peak.
 */
#include <stdio.h>
#include <stdlib.h>

__attribute__((destructor)) static void dump_smaps(void) {
  const char *path = getenv("SMAPS_OUT");
  if (!path) return;
  FILE *in = fopen("/proc/self/smaps", "r");
  FILE *out = fopen(path, "w");
  if (in && out) {
    char buf[65536];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, in)) > 0) fwrite(buf, 1, n, out);
  }
  if (in) fclose(in);
  if (out) fclose(out);
}
