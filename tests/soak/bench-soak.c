/* bench-soak.c: a waiting-room kiosk's day, many times over, in one process
 *
 * The real application in kiosk mode (DorsalWindow with its kiosk) serves
 * SOAK_SESSIONS simulated visitors. Each visitor leaves the welcome screen,
 * answers the self-assessment through the pane's actions, reads topics in the
 * content pane, selects structures on the drawing (with a view change, labels
 * and a zoom), and then the visit is wiped by the idle reset's own paths:
 * the win.reset-visitor action and dorsal_kiosk_reset() in turn, never by
 * waiting for the timer.
 *
 * Resident memory (/proc/self/statm, after malloc_trim) is read after the
 * first reset and after the last (and after the 100th). Prints `bench:` lines
 * and exits 1 if the growth is above 5 MB: a kiosk runs for weeks, so each
 * visitor must give back what it took. Measure on a normal build, never under
 * AddressSanitizer (which keeps freed memory in quarantine).
 *
 * To keep 1 000 visits within minutes on two cores, a visit draws two frames
 * (after the visit and after the reset), not one per action; the first visit
 * is long (every topic, every view many times) so that what the process keeps
 * for good is loaded before the first measurement. Since the application
 * asks glibc for mmap above 1 MB (dorsal-application.c), the 4K renderings no
 * longer pile up in worker threads' arenas (that was 15-20 MB over the first
 * hundred visits).
 *
 * SOAK_SESSIONS=N runs N visits; SOAK_SKIP=assessment,content,drawing (and
 * select, views, labels, zoom inside the drawing) leaves parts out, to find
 * which part keeps memory.
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <stdio.h>
#include <unistd.h>

#include "dorsal-application.h"
#include "dorsal-assessment-pane.h"
#include "dorsal-assessment-pane-private.h"
#include "dorsal-atlas.h"
#include "dorsal-content-pane.h"
#include "dorsal-diagram-pane.h"
#include "dorsal-diagram-view.h"
#include "dorsal-kiosk.h"
#include "dorsal-window.h"

#define SOAK_SESSIONS 1000
#define SOAK_MAX_GROWTH_KB 5120

static const char * const views[] = { "posterior", "anterior", "lateral", "vertebra" };

typedef struct
{
  guint      sessions;
  GRand     *rand;
  GPtrArray *topic_ids;                         /* every topic, to browse */
  GPtrArray *structure_ids[G_N_ELEMENTS (views)]; /* ids a structure topic claims, per view */
  double     phase_seconds[4];                  /* assessment, content, drawing, reset */
  long       rss_first_kb;
  long       rss_100_kb;                        /* after the 100th: a cache or a leak? */
  long       rss_last_kb;
  double     seconds;
  char     **skip;                              /* SOAK_SKIP: phases left out, to find a leak */
  gboolean   ran;
} Soak;

static gboolean
skip (Soak       *soak,
      const char *phase)
{
  return soak->skip != NULL && g_strv_contains ((const char * const *) soak->skip, phase);
}

/* Resident memory in KB (/proc/self/statm), and in @file_kb the part of it that is
 * file-backed (shared libraries, fonts, the resources in the binary). */
static long
statm_kb (long *file_kb)
{
  FILE *statm = fopen ("/proc/self/statm", "r");
  long pages_total = 0, pages_resident = 0, pages_shared = 0;

  if (statm == NULL)
    g_error ("cannot read /proc/self/statm");
  if (fscanf (statm, "%ld %ld %ld", &pages_total, &pages_resident, &pages_shared) != 3)
    g_error ("cannot parse /proc/self/statm");
  fclose (statm);
  if (file_kb != NULL)
    *file_kb = pages_shared * (sysconf (_SC_PAGESIZE) / 1024);
  return pages_resident * (sysconf (_SC_PAGESIZE) / 1024);
}

static long
rss_kb (void)
{
  return statm_kb (NULL);
}

/* What malloc has handed out and not had back, in all arenas (-1 where unknown). */
static long
allocated_kb (void)
{
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
  struct mallinfo2 info = mallinfo2 ();

  return (long) ((info.uordblks + info.hblkhd) / 1024);
#else
  return -1;
#endif
}

/* Lets the main loop run for @msec: frames are drawn, workers report back. */
static void
spin (guint msec)
{
  gint64 end = g_get_monotonic_time () + (gint64) msec * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (1000);
    }
}

static void
set_flag (gboolean *flag)
{
  *flag = TRUE;
}

/* Runs the main loop until the window has drawn a frame of what changed (or 200 ms have passed):
 * once per step of a visit rather than after every action, which keeps a session light. */
static void
draw_frame (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gint64 end = g_get_monotonic_time () + 200 * 1000;
  gboolean painted = FALSE;
  gulong handler;

  g_assert_nonnull (clock);
  handler = g_signal_connect_swapped (clock, "after-paint", G_CALLBACK (set_flag), &painted);
  gtk_widget_queue_draw (window);
  while (!painted && g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      if (!painted)
        g_usleep (1000);
    }
  g_signal_handler_disconnect (clock, handler);
}

static GtkWidget *
find_widget (GtkWidget *root,
             GType      type)
{
  if (g_type_is_a (G_OBJECT_TYPE (root), type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The window's drawing, putting one in while the window does not host it yet. */
static DorsalDiagramView *
window_diagram (DorsalWindow *window)
{
  GtkWidget *area = dorsal_window_get_diagram_area (window);
  GtkWidget *view = find_widget (area, DORSAL_TYPE_DIAGRAM_VIEW);

  if (view == NULL)
    {
      GtkWidget *pane = dorsal_diagram_pane_new ();

      adw_bin_set_child (ADW_BIN (area), pane);
      view = GTK_WIDGET (dorsal_diagram_pane_get_view (DORSAL_DIAGRAM_PANE (pane)));
    }
  return DORSAL_DIAGRAM_VIEW (view);
}

static const char *
pick (Soak      *soak,
      GPtrArray *array)
{
  g_assert_cmpuint (array->len, >, 0);
  return g_ptr_array_index (array, g_rand_int_range (soak->rand, 0, (gint32) array->len));
}

static void
collect_ids (Soak        *soak,
             DorsalAtlas *atlas)
{
  soak->topic_ids = g_ptr_array_new_with_free_func (g_free);
  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    soak->structure_ids[v] = g_ptr_array_new_with_free_func (g_free);

  for (int kind = 0; kind < DORSAL_TOPIC_N_KINDS; kind++)
    {
      g_autoptr(GPtrArray) topics = dorsal_atlas_list_topics (atlas, kind);

      for (guint i = 0; i < topics->len; i++)
        {
          DorsalTopic *topic = g_ptr_array_index (topics, i);

          g_ptr_array_add (soak->topic_ids, g_strdup (dorsal_topic_get_id (topic)));
          if (kind != DORSAL_TOPIC_KIND_STRUCTURE)
            continue;
          for (guint s = 0; s < dorsal_topic_get_n_shows (topic); s++)
            {
              const char *view = dorsal_topic_get_show_view (topic, s);
              const char * const *ids = dorsal_topic_get_show_ids (topic, s);

              for (guint v = 0; v < G_N_ELEMENTS (views); v++)
                if (g_strcmp0 (view, views[v]) == 0)
                  for (guint k = 0; ids != NULL && ids[k] != NULL; k++)
                    g_ptr_array_add (soak->structure_ids[v], g_strdup (ids[k]));
            }
        }
    }
  g_assert_cmpuint (soak->topic_ids->len, >, 50);
  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    g_assert_cmpuint (soak->structure_ids[v]->len, >, 0);
}

/* A value the question accepts: a different visitor each time. */
static char *
random_answer (Soak                 *soak,
               const DorsalQuestion *question)
{
  const char * const *values = dorsal_question_get_values (question);
  guint n_values = values != NULL ? g_strv_length ((char **) values) : 0;

  switch (dorsal_question_get_kind (question))
    {
    case DORSAL_QUESTION_NUMBER:
      if (g_rand_int_range (soak->rand, 0, 4) == 0)
        return g_strdup ("unknown");
      {
        gint32 min = (gint32) dorsal_question_get_min (question);
        gint32 max = (gint32) dorsal_question_get_max (question);

        return g_strdup_printf ("%d", g_rand_int_range (soak->rand, min, max + 1));
      }
    case DORSAL_QUESTION_CHOICE:
      g_assert_cmpuint (n_values, >, 0);
      return g_strdup (values[g_rand_int_range (soak->rand, 0, (gint32) n_values)]);
    case DORSAL_QUESTION_ZONES:
      {
        g_autoptr(GStrvBuilder) zones = g_strv_builder_new ();
        g_auto(GStrv) picked = NULL;

        for (guint i = 0; i < n_values; i++)
          if (g_rand_int_range (soak->rand, 0, 3) == 0)
            g_strv_builder_add (zones, values[i]);
        picked = g_strv_builder_end (zones);
        return g_strjoinv (";", picked);
      }
    case DORSAL_QUESTION_YESNO:
    default:
      {
        /* mostly no, as most visitors answer */
        static const char * const yesno[] = { "no", "no", "no", "no", "no", "not-sure", "yes" };

        return g_strdup (yesno[g_rand_int_range (soak->rand, 0, G_N_ELEMENTS (yesno))]);
      }
    }
}

static void
answer_assessment (Soak                 *soak,
                   DorsalWindow         *window,
                   DorsalAssessmentPane *pane)
{
  DorsalTriage *triage = dorsal_assessment_pane_get_triage (pane);
  guint steps = 0;

  dorsal_window_set_assessment_open (window, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "assessment.start", NULL));

  for (;;)
    {
      const char *page = _dorsal_assessment_pane_get_page (pane);

      g_assert_cmpuint (++steps, <, 200);
      if (g_str_equal (page, "emergency"))
        {
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "assessment.continue",
                                                     NULL));
        }
      else if (g_str_has_prefix (page, "question-"))
        {
          const char *id = page + strlen ("question-");
          const DorsalQuestion *question = NULL;
          g_autofree char *value = NULL;

          for (guint i = 0; i < dorsal_triage_get_n_questions (triage) && question == NULL; i++)
            if (g_str_equal (dorsal_question_get_id (dorsal_triage_get_question (triage, i)), id))
              question = dorsal_triage_get_question (triage, i);
          g_assert_nonnull (question);
          value = random_answer (soak, question);
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "assessment.answer",
                                                     "s", value));
        }
      else
        break;
    }
  g_assert_cmpstr (_dorsal_assessment_pane_get_page (pane), ==, "outcome");
  g_assert_nonnull (dorsal_assessment_pane_get_level (pane));
}

/* Four topics a visit; the first visitor reads every topic, so that what GTK and Pango keep for
 * the life of the process (glyphs and text layouts of every page) is there before the first
 * measurement. */
static void
browse_content (Soak              *soak,
                DorsalContentPane *pane,
                GtkWidget         *window,
                guint              session)
{
  guint n = session == 1 ? soak->topic_ids->len : 4;

  for (guint i = 0; i < n; i++)
    {
      const char *id = session == 1 ? g_ptr_array_index (soak->topic_ids, i)
                                    : pick (soak, soak->topic_ids);

      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "content.open-topic", "s", id));
      g_assert_cmpstr (dorsal_content_pane_get_topic_id (pane), ==, id);
      if (session == 1)
        draw_frame (window);
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "content.back", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "content.zoom-in", NULL));
}

static void
explore_view (Soak              *soak,
              DorsalDiagramView *view,
              guint              v)
{
  dorsal_diagram_view_set_view (view, views[v]);
  g_assert_cmpstr (dorsal_diagram_view_get_view (view), ==, views[v]);
  for (guint i = 0; i < (skip (soak, "select") ? 0 : 3); i++)
    {
      const char *id = pick (soak, soak->structure_ids[v]);

      dorsal_diagram_view_set_selected (view, id);
      g_assert_cmpstr (dorsal_diagram_view_get_selected (view), ==, id);
    }
  if (!skip (soak, "labels"))
    dorsal_diagram_view_set_show_labels (view, TRUE);
  if (!skip (soak, "zoom"))
    dorsal_diagram_view_zoom_in (view);
}

/* Two views a visit. The first visitor goes through every view twice, each drawn and given time
 * to settle, so that what the drawing keeps for the life of the process (each view's document,
 * its librsvg handles, ids and pick maps, loaded on first use) is there before the first
 * measurement. */
#define WARM_UP_VIEWS 8

static void
explore_diagram (Soak              *soak,
                 DorsalDiagramView *view,
                 GtkWidget         *window,
                 guint              session)
{
  guint n = session == 1 ? WARM_UP_VIEWS : 2;

  for (guint i = 0; i < n; i++)
    {
      guint v = (guint) g_rand_int_range (soak->rand, 0, G_N_ELEMENTS (views));

      if (session == 1)
        v = i % G_N_ELEMENTS (views);
      else if (skip (soak, "views"))
        v = 0;

      explore_view (soak, view, v);
      if (session == 1)
        {
          draw_frame (window);
          spin (50);
        }
    }
}

static void
run_sessions (DorsalApplication *app,
              DorsalWindow      *window,
              DorsalKiosk       *kiosk,
              Soak              *soak)
{
  DorsalContentPane *content =
    DORSAL_CONTENT_PANE (find_widget (GTK_WIDGET (window), DORSAL_TYPE_CONTENT_PANE));
  DorsalAssessmentPane *assessment =
    DORSAL_ASSESSMENT_PANE (find_widget (GTK_WIDGET (window), DORSAL_TYPE_ASSESSMENT_PANE));
  DorsalDiagramView *diagram = window_diagram (window);
  gint64 start = g_get_monotonic_time ();

  g_assert_nonnull (content);
  g_assert_nonnull (assessment);
  g_assert_nonnull (dorsal_content_pane_get_atlas (content));
  collect_ids (soak, dorsal_content_pane_get_atlas (content));
  spin (500);

  for (guint session = 1; session <= soak->sessions; session++)
    {
      gint64 t0, t1, t2, t3;

      dorsal_kiosk_start_visit (kiosk);
      g_assert_false (dorsal_kiosk_get_attract_visible (kiosk));

      t0 = g_get_monotonic_time ();
      if (!skip (soak, "assessment"))
        answer_assessment (soak, window, assessment);
      t1 = g_get_monotonic_time ();
      if (!skip (soak, "content"))
        browse_content (soak, content, GTK_WIDGET (window), session);
      t2 = g_get_monotonic_time ();
      if (!skip (soak, "drawing"))
        explore_diagram (soak, diagram, GTK_WIDGET (window), session);
      draw_frame (GTK_WIDGET (window));
      t3 = g_get_monotonic_time ();
      soak->phase_seconds[0] += (t1 - t0) / 1e6;
      soak->phase_seconds[1] += (t2 - t1) / 1e6;
      soak->phase_seconds[2] += (t3 - t2) / 1e6;

      /* the idle reset, through its action or the kiosk's own call in turn */
      if (session % 2 == 1)
        g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reset-visitor", NULL));
      else
        dorsal_kiosk_reset (kiosk);
      draw_frame (GTK_WIDGET (window));
      soak->phase_seconds[3] += (g_get_monotonic_time () - t3) / 1e6;

      /* the reset gave the next visitor a fresh start */
      g_assert_cmpstr (_dorsal_assessment_pane_get_page (assessment), ==, "start");
      g_assert_null (dorsal_diagram_view_get_selected (diagram));
      g_assert_false (dorsal_diagram_view_get_show_labels (diagram));
      g_assert_cmpfloat (dorsal_diagram_view_get_zoom (diagram), ==, 1.0);

      if (session == 1 || session == 100 || session == soak->sessions)
        {
          long rss;

          spin (300);
#ifdef __GLIBC__
          /* only what is still allocated counts: free heap pages go back to the system */
          malloc_trim (0);
#endif
          rss = rss_kb ();
          if (session == 1)
            soak->rss_first_kb = rss;
          if (session == 100)
            soak->rss_100_kb = rss;
          if (session == soak->sessions)
            soak->rss_last_kb = rss;
        }
      if (session % (soak->sessions > 100 ? 100 : soak->sessions > 20 ? 10 : 1) == 0)
        {
          long file_kb;
          long resident;

#ifdef __GLIBC__
          malloc_trim (0);
#endif
          resident = statm_kb (&file_kb);

          g_printerr ("soak: %u sessions, %ld KB resident (%ld KB file-backed), %ld KB allocated, "
                      "%.0f s\n", session, resident, file_kb, allocated_kb (),
                      (g_get_monotonic_time () - start) / 1e6);
        }
    }
  soak->seconds = (g_get_monotonic_time () - start) / 1e6;
}

static void
on_activate_after (GApplication *app,
                   Soak         *soak)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  DorsalKiosk *kiosk;

  g_assert_true (DORSAL_IS_WINDOW (window));
  kiosk = dorsal_kiosk_get_for_window (window);
  g_assert_nonnull (kiosk);

  run_sessions (DORSAL_APPLICATION (app), DORSAL_WINDOW (window), kiosk, soak);
  soak->ran = TRUE;

  /* the kiosk refuses to close, so tear it down the hard way */
  g_application_hold (app);
  gtk_window_destroy (window);
  g_application_release (app);
  g_application_quit (app);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GSettings) settings = NULL;
  DorsalApplication *app;
  Soak soak = { 0 };
  char *app_argv[] = { (char *) "dorsal", (char *) "--kiosk", NULL };
  const char *sessions = g_getenv ("SOAK_SESSIONS");
  static const char * const phases[] = { "assessment", "content", "drawing", "reset" };
  long growth;

  soak.sessions = sessions != NULL ? (guint) g_ascii_strtoull (sessions, NULL, 10) : SOAK_SESSIONS;
  g_assert_cmpuint (soak.sessions, >=, 2);
  soak.rand = g_rand_new_with_seed (20261126);
  if (g_getenv ("SOAK_SKIP") != NULL)
    soak.skip = g_strsplit (g_getenv ("SOAK_SKIP"), ",", -1);

  gtk_init ();
  adw_init ();
  /* pages change at once: the soak measures memory, not slides */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  /* the real idle timer never fires during the run: the resets are ours */
  settings = g_settings_new (APP_ID);
  g_settings_set_int (settings, "kiosk-idle-seconds", 3600);

  app = g_object_new (DORSAL_TYPE_APPLICATION,
                      "application-id", APP_ID,
                      "flags", G_APPLICATION_NON_UNIQUE,
                      NULL);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_after), &soak);
  g_application_run (G_APPLICATION (app), 2, app_argv);
  g_assert_true (soak.ran);
  g_object_unref (app);

  growth = soak.rss_last_kb - soak.rss_first_kb;
  printf ("bench: soak-sessions %u\n", soak.sessions);
  printf ("bench: soak-rss-after-first-kb %ld\n", soak.rss_first_kb);
  printf ("bench: soak-rss-after-last-kb %ld\n", soak.rss_last_kb);
  printf ("bench: soak-rss-growth-kb %ld\n", growth);
  if (soak.sessions > 100)
    {
      printf ("bench: soak-rss-after-100-kb %ld\n", soak.rss_100_kb);
      printf ("bench: soak-rss-growth-after-100-kb %ld\n", soak.rss_last_kb - soak.rss_100_kb);
    }
  printf ("bench: soak-seconds %.1f\n", soak.seconds);
  printf ("bench: soak-ms-per-session %.1f\n", soak.seconds * 1000 / soak.sessions);
  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    printf ("bench: soak-ms-per-session-%s %.1f\n", phases[i],
            soak.phase_seconds[i] * 1000 / soak.sessions);

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    g_ptr_array_unref (soak.structure_ids[v]);
  g_ptr_array_unref (soak.topic_ids);
  g_rand_free (soak.rand);
  g_strfreev (soak.skip);

  if (growth > SOAK_MAX_GROWTH_KB)
    {
      printf ("# resident memory grew by %ld KB over %u sessions (limit %d KB)\n",
              growth, soak.sessions, SOAK_MAX_GROWTH_KB);
      return 1;
    }
  return 0;
}
