/* The C + Cairo + Pango peer for the standard BAR chart (../shared/bench/charts.json):
 * what a careful C programmer would write with the same libraries compare uses, to
 * measure compare against in the same run (run_peers.py builds and runs it).
 *
 *   cairo_peer DATA.tsv png|svg OUT            one render, whole process
 *   cairo_peer DATA.tsv png|svg OUT --loop N   prints the median ms of N renders
 *                                              (after 5 warm-up renders), in process
 *
 * DATA.tsv: "district<TAB>value" lines, already sorted (largest first). The chart:
 * 1200 x 1000 px, title, 38 bars with district labels and value labels (24,774),
 * x-axis ticks and grid, axis label and source note: about 90 text runs, all Pango.
 * PNG goes through cairo_surface_write_to_png (libpng, default filters and zlib
 * level); SVG through cairo_svg_surface_create_for_stream into memory.
 */
#include <pango/pangocairo.h>
#include <cairo-svg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define W 1200
#define H 1000
#define MAXROWS 64

static char names[MAXROWS][128];
static double values[MAXROWS];
static int rows;

static void thousands(char *out, long v) {
  char digits[32];
  snprintf(digits, sizeof digits, "%ld", v);
  int n = (int)strlen(digits), j = 0;
  for (int i = 0; i < n; i++) {
    if (i > 0 && (n - i) % 3 == 0) out[j++] = ',';
    out[j++] = digits[i];
  }
  out[j] = 0;
}

static void text(cairo_t *cr, PangoLayout *l, PangoFontDescription *f, const char *s, double x, double y, int align) {
  pango_layout_set_font_description(l, f);
  pango_layout_set_text(l, s, -1);
  int w, h;
  pango_layout_get_pixel_size(l, &w, &h);
  double dx = align == 0 ? 0 : align == 1 ? -w / 2.0 : -w;
  cairo_move_to(cr, x + dx, y - h / 2.0);
  pango_cairo_show_layout(cr, l);
}

static void draw(cairo_t *cr) {
  cairo_set_source_rgb(cr, 1, 1, 1);
  cairo_paint(cr);
  PangoLayout *l = pango_cairo_create_layout(cr);
  PangoFontDescription *title = pango_font_description_from_string("Noto Sans CJK SC Bold 16px");
  PangoFontDescription *label = pango_font_description_from_string("Noto Sans CJK SC 13px");
  PangoFontDescription *small = pango_font_description_from_string("Noto Sans CJK SC 11px");
  double left = 190, right = W - 70, top = 60, bottom = H - 90;
  double max = 30000, band = (bottom - top) / rows;
  cairo_set_source_rgb(cr, 0.13, 0.13, 0.13);
  text(cr, l, title, "2023年重庆市各区县生均一般公共预算教育经费", W / 2.0, 28, 1);
  char buf[64];
  for (int t = 0; t <= 30000; t += 5000) {
    double x = left + (right - left) * t / max;
    cairo_set_source_rgb(cr, 0.9, 0.9, 0.9);
    cairo_set_line_width(cr, 1);
    cairo_move_to(cr, x, top);
    cairo_line_to(cr, x, bottom);
    cairo_stroke(cr);
    cairo_set_source_rgb(cr, 0.33, 0.33, 0.33);
    thousands(buf, t);
    text(cr, l, small, buf, x, bottom + 14, 1);
  }
  for (int i = 0; i < rows; i++) {
    double y = top + band * i, x1 = left + (right - left) * values[i] / max;
    cairo_set_source_rgb(cr, 0.27, 0.45, 0.71);
    cairo_rectangle(cr, left, y + band * 0.15, x1 - left, band * 0.7);
    cairo_fill(cr);
    cairo_set_source_rgb(cr, 0.13, 0.13, 0.13);
    text(cr, l, label, names[i], left - 8, y + band / 2, 2);
    thousands(buf, (long)values[i]);
    text(cr, l, small, buf, x1 + 4, y + band / 2, 0);
  }
  cairo_set_source_rgb(cr, 0.13, 0.13, 0.13);
  text(cr, l, label, "生均一般公共预算教育经费（元）", (left + right) / 2, bottom + 40, 1);
  cairo_set_source_rgb(cr, 0.4, 0.4, 0.4);
  text(cr, l, small, "数据来源：各区县履行教育职责自评报告（基准测试用模拟数据）", 20, H - 20, 0);
  pango_font_description_free(title);
  pango_font_description_free(label);
  pango_font_description_free(small);
  g_object_unref(l);
}

static cairo_status_t sink(void *closure, const unsigned char *data, unsigned int length) {
  size_t *total = closure;
  *total += length;  /* a memory sink: count, as compare keeps its SVG in memory */
  (void)data;
  return CAIRO_STATUS_SUCCESS;
}

static void render(const char *format, const char *out, int keep) {
  if (strcmp(format, "png") == 0) {
    cairo_surface_t *s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, W, H);
    cairo_t *cr = cairo_create(s);
    draw(cr);
    cairo_destroy(cr);
    cairo_surface_write_to_png(s, out);
    cairo_surface_destroy(s);
  } else {
    size_t total = 0;
    cairo_surface_t *s = keep ? cairo_svg_surface_create(out, W, H) : cairo_svg_surface_create_for_stream(sink, &total, W, H);
    cairo_t *cr = cairo_create(s);
    draw(cr);
    cairo_destroy(cr);
    cairo_surface_finish(s);
    cairo_surface_destroy(s);
  }
}

static int cmp(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return x < y ? -1 : x > y;
}

int main(int argc, char **argv) {
  if (argc < 4) {
    fprintf(stderr, "usage: cairo_peer DATA.tsv png|svg OUT [--loop N]\n");
    return 2;
  }
  FILE *f = fopen(argv[1], "r");
  if (!f) { perror(argv[1]); return 1; }
  char line[256];
  while (rows < MAXROWS && fgets(line, sizeof line, f)) {
    char *tab = strchr(line, '\t');
    if (!tab) continue;
    *tab = 0;
    snprintf(names[rows], sizeof names[rows], "%s", line);
    values[rows++] = atof(tab + 1);
  }
  fclose(f);
  int loop = argc >= 6 && strcmp(argv[4], "--loop") == 0 ? atoi(argv[5]) : 0;
  if (!loop) {
    render(argv[2], argv[3], 1);
    return 0;
  }
  for (int i = 0; i < 5; i++) render(argv[2], argv[3], 0);
  double *ms = malloc(sizeof(double) * loop);
  for (int i = 0; i < loop; i++) {
    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    render(argv[2], argv[3], 0);
    clock_gettime(CLOCK_MONOTONIC, &b);
    ms[i] = (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6;
  }
  qsort(ms, loop, sizeof(double), cmp);
  printf("%.3f\n", ms[loop / 2]);
  free(ms);
  return 0;
}
