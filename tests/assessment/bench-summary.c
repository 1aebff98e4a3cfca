/* bench-summary.c: how long the one-page summary takes to lay out and draw
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Prints `bench: NAME VALUE` lines: the median CPU time of a page drawn into a
 * PDF stream (discarded), for a short answer set and for the fullest one (every
 * sign yes or not sure, every zone), on A4 and A5, and the size of the PDF.
 */
#include "config.h"

#include <cairo-pdf.h>
#include <time.h>

#include "dorsal-summary.h"

#define RUNS 15

static cairo_status_t
count_bytes (void                *data,
             const unsigned char *bytes,
             unsigned int         length)
{
  *(gsize *) data += length;
  return CAIRO_STATUS_SUCCESS;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y ? 1 : 0;
}

static void
bench (const char    *name,
       DorsalTriage  *triage,
       DorsalAnswers *answers,
       double         width,
       double         height)
{
  double times[RUNS];
  gsize bytes = 0;

  for (guint run = 0; run < RUNS; run++)
    {
      g_autoptr(GError) error = NULL;
      cairo_surface_t *surface;
      cairo_t *cr;
      clock_t start;

      bytes = 0;
      surface = cairo_pdf_surface_create_for_stream (count_bytes, &bytes, width, height);
      cr = cairo_create (surface);
      start = clock ();
      if (!dorsal_summary_render (cr, width, height, triage, answers, NULL, "112", &error))
        g_error ("%s", error->message);
      cairo_show_page (cr);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      times[run] = (double) (clock () - start) * 1000.0 / CLOCKS_PER_SEC;
      cairo_surface_destroy (surface);
    }
  qsort (times, RUNS, sizeof times[0], compare_doubles);
  g_print ("bench: summary-%s-cpu-ms %.1f\n", name, times[RUNS / 2]);
  g_print ("bench: summary-%s-pdf-kb %.0f\n", name, bytes / 1024.0);
}

int
main (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalTriage) triage = dorsal_triage_new_default (&error);
  g_autoptr(DorsalAnswers) short_set = dorsal_answers_new ();
  g_autoptr(DorsalAnswers) full_set = dorsal_answers_new ();

  if (triage == NULL)
    g_error ("%s", error->message);

  for (guint i = 0; i < dorsal_triage_get_n_questions (triage); i++)
    {
      const DorsalQuestion *question = dorsal_triage_get_question (triage, i);
      const char *id = dorsal_question_get_id (question);

      if (dorsal_question_get_kind (question) != DORSAL_QUESTION_YESNO)
        continue;
      dorsal_answers_set (short_set, id, "no");
      dorsal_answers_set (full_set, id,
                          dorsal_level_get_interrupts (dorsal_question_get_yes_level (question))
                          ? "not-sure" : "yes");
    }
  dorsal_answers_set (short_set, "age", "40");
  dorsal_answers_set (short_set, "sex", "male");
  dorsal_answers_set (short_set, "duration", "under-6-weeks");
  dorsal_answers_set (short_set, "pain-location", "mid-back");
  dorsal_answers_set (full_set, "age", "80");
  dorsal_answers_set (full_set, "sex", "female");
  dorsal_answers_set (full_set, "duration", "over-12-weeks");
  dorsal_answers_set (full_set, "pain-location",
                      "neck;between-shoulder-blades;mid-back;band-left;band-right;chest-front;"
                      "lower-back");

  bench ("short-a4", triage, short_set, 595.276, 841.89);
  bench ("full-a4", triage, full_set, 595.276, 841.89);
  bench ("full-a5", triage, full_set, 419.53, 595.276);
  return 0;
}
