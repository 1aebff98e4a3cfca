/* test-errors.c: every content error a person can reach: a clear message and a working window
 *
 * Content files come from DORSAL_CONTENT_DIR when it holds them (see
 * dorsal_content_file()), so an administrator's broken copy is what a person
 * can meet: a malformed or invalid file, or one that cannot be read. For each,
 * the window still opens, the broken part says what is wrong (file and line),
 * and the other parts keep working. The drawings are compiled into the
 * program and cannot be replaced, so a drawing that fails to parse is tested
 * where it would be caught: DorsalDiagram and DorsalSvgIndex.
 *
 * (A summary target that cannot be written and bad --assess input are tested
 * in tests/assessment/test-summary.c and test-assess-cli.c, and in
 * tests/app/test-cli.py.)
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dorsal-assessment-pane.h"
#include "dorsal-assessment-pane-private.h"
#include "dorsal-classroom.h"
#include "dorsal-content-pane.h"
#include "dorsal-content-pane-private.h"
#include "dorsal-diagram.h"
#include "dorsal-resources.h"
#include "dorsal-svg-index.h"
#include "dorsal-referred-panel.h"
#include "dorsal-window.h"

typedef struct
{
  char *dir;   /* the DORSAL_CONTENT_DIR of this test */
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  GError *error = NULL;

  fixture->dir = g_dir_make_tmp ("dorsal-errors-XXXXXX", &error);
  g_assert_no_error (error);
  g_setenv ("DORSAL_CONTENT_DIR", fixture->dir, TRUE);
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      GDir *dir = g_dir_open (path, 0, NULL);
      const char *name;

      g_assert_nonnull (dir);
      while ((name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_dir_close (dir);
    }
  g_assert_no_errno (g_remove (path));
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_unsetenv ("DORSAL_CONTENT_DIR");
  remove_tree (fixture->dir);
  g_free (fixture->dir);
}

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

/* The bundled copy of a content file, as text. */
static char *
bundled (const char *name)
{
  g_autofree char *path = g_strconcat ("content/", name, NULL);
  g_autoptr(GFile) file = dorsal_resource_file (path);
  g_autoptr(GBytes) bytes = NULL;
  GError *error = NULL;

  bytes = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
write_file (Fixture    *fixture,
            const char *name,
            const char *contents)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);
  GError *error = NULL;

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
}

/* A file that exists but cannot be read: a folder by that name (even root cannot read that). */
static void
make_unreadable (Fixture    *fixture,
                 const char *name)
{
  g_autofree char *path = g_build_filename (fixture->dir, name, NULL);

  g_assert_no_errno (g_mkdir (path, 0755));
}

/* The bundled file cut off in the middle of an element, which ends up on a known line. */
static int
write_truncated (Fixture    *fixture,
                 const char *name,
                 guint       lines)
{
  g_autofree char *text = bundled (name);
  char *cut = text;

  for (guint i = 0; i < lines && cut != NULL; i++)
    cut = strchr (cut + 1, '\n');
  g_assert_nonnull (cut);
  /* an unclosed tag and a stray '&': not well-formed */
  strcpy (cut, "\n<oops & </broken>\n");
  write_file (fixture, name, text);
  return (int) lines + 1;
}

static DorsalWindow *
new_window (void)
{
  DorsalWindow *window = g_object_new (DORSAL_TYPE_WINDOW, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  spin (100);
  return window;
}

static void
destroy_window (DorsalWindow *window)
{
  g_object_ref (window);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static DorsalContentPane *
content_pane (DorsalWindow *window)
{
  GtkWidget *pane = find_widget (dorsal_window_get_content_area (window), DORSAL_TYPE_CONTENT_PANE);

  g_assert_nonnull (pane);
  return DORSAL_CONTENT_PANE (pane);
}

/* The content pane shows its error page, whose text says @needle. */
static void
assert_content_error (DorsalWindow *window,
                      const char   *needle)
{
  DorsalContentPane *pane = content_pane (window);
  g_autofree char *text = NULL;

  g_assert_cmpstr (_dorsal_content_pane_get_visible_page (pane), ==, "error");
  g_assert_null (dorsal_content_pane_get_atlas (pane));
  text = _dorsal_content_pane_get_error_text (pane);
  g_test_message ("content pane: %s", text);
  g_assert_nonnull (strstr (text, needle));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (pane)));
  /* nothing to browse, and the actions say so rather than fail */
  gtk_widget_activate_action (GTK_WIDGET (pane), "content.open-topic", "s", "start");
  g_assert_null (dorsal_content_pane_get_topic_id (pane));
  g_assert_cmpstr (_dorsal_content_pane_get_visible_page (pane), ==, "error");
}

/* The content pane works: it opens a topic. */
static void
assert_content_works (DorsalWindow *window)
{
  DorsalContentPane *pane = content_pane (window);

  g_assert_nonnull (dorsal_content_pane_get_atlas (pane));
  g_assert_true (dorsal_content_pane_show_topic (pane, "vertebra-t7"));
  g_assert_cmpstr (dorsal_content_pane_get_topic_id (pane), ==, "vertebra-t7");
  spin (20);
}

/* A valid answer to the first question. */
static const char *
first_answer (DorsalAssessmentPane *pane)
{
  DorsalTriage *triage = dorsal_assessment_pane_get_triage (pane);
  const DorsalQuestion *question = dorsal_triage_get_question (triage, 0);

  switch (dorsal_question_get_kind (question))
    {
    case DORSAL_QUESTION_NUMBER:
      return "unknown";
    case DORSAL_QUESTION_CHOICE:
      return dorsal_question_get_values (question)[0];
    case DORSAL_QUESTION_ZONES:
      return "";
    case DORSAL_QUESTION_YESNO:
    default:
      return "no";
    }
}

/* The self-assessment works: it opens, starts, takes an answer and goes back. */
static void
assert_assessment_works (DorsalWindow *window)
{
  GtkWidget *area = dorsal_window_get_assessment_area (window);
  DorsalAssessmentPane *pane =
    DORSAL_ASSESSMENT_PANE (find_widget (area, DORSAL_TYPE_ASSESSMENT_PANE));
  const char *page;

  g_assert_nonnull (pane);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-assessment", NULL));
  g_assert_true (dorsal_window_get_assessment_open (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "assessment.start", NULL));
  page = _dorsal_assessment_pane_get_page (pane);
  g_assert_true (g_str_has_prefix (page, "question-"));
  spin (20);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "assessment.answer", "s",
                                             first_answer (pane)));
  g_assert_cmpstr (_dorsal_assessment_pane_get_page (pane), !=, page);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reset-visitor", NULL);
  g_assert_cmpstr (_dorsal_assessment_pane_get_page (pane), ==, "start");
  spin (20);
}

/* Whether a label inside @root shows a text with @needle in it. */
static gboolean
shows_text (GtkWidget  *root,
            const char *needle)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_text (GTK_LABEL (root)), needle) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_text (child, needle))
      return TRUE;
  return FALSE;
}

/* The self-assessment area shows a status page whose description says @needle. */
static void
assert_assessment_error (DorsalWindow *window,
                         const char   *needle)
{
  GtkWidget *area = dorsal_window_get_assessment_area (window);
  GtkWidget *child = adw_bin_get_child (ADW_BIN (area));
  const char *description;

  g_assert_null (find_widget (area, DORSAL_TYPE_ASSESSMENT_PANE));
  g_assert_true (ADW_IS_STATUS_PAGE (child));
  g_assert_nonnull (adw_status_page_get_title (ADW_STATUS_PAGE (child)));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (child)), !=, "");
  description = adw_status_page_get_description (ADW_STATUS_PAGE (child));
  g_test_message ("assessment area: %s", description);
  g_assert_nonnull (description);
  g_assert_nonnull (strstr (description, needle));
  /* what a person reads: a label showing the message (the description is markup, so a message
   * with '<' or '&' must be escaped, or the label stays empty) */
  g_assert_true (shows_text (child, needle));

  /* the pane can still be opened: it shows the message */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-assessment", NULL));
  g_assert_true (dorsal_window_get_assessment_open (window));
  spin (50);
  g_assert_true (gtk_widget_get_mapped (child));
  /* and a visitor reset has nothing to wipe, but does not fail */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.reset-visitor", NULL));
  spin (20);
}

/* An atlas.xml that is not well-formed: the error page names atlas.xml and the line. */
static void
test_atlas_malformed (Fixture       *fixture,
                      gconstpointer  data)
{
  int line = write_truncated (fixture, "atlas.xml", 40);
  g_autofree char *where = g_strdup_printf ("atlas.xml:%d", line);
  DorsalWindow *window = new_window ();

  assert_content_error (window, where);
  assert_assessment_works (window);
  destroy_window (window);
}

/* A well-formed atlas.xml that breaks a rule (a link to a topic that does not exist). */
static void
test_atlas_invalid (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autofree char *text = bundled ("atlas.xml");
  char *related = strstr (text, "<related>");
  DorsalWindow *window;
  g_autoptr(GString) broken = g_string_new (NULL);
  int line = 1;

  g_assert_nonnull (related);
  for (const char *p = text; p < related; p++)
    line += *p == '\n';
  g_string_append_len (broken, text, related - text);
  g_string_append (broken, "<related>no-such-topic ");
  g_string_append (broken, related + strlen ("<related>"));
  write_file (fixture, "atlas.xml", broken->str);

  window = new_window ();
  {
    g_autofree char *where = g_strdup_printf ("atlas.xml:%d", line);

    assert_content_error (window, "no-such-topic");
    assert_content_error (window, where);
  }
  assert_assessment_works (window);
  destroy_window (window);
}

/* An atlas file that exists but cannot be read. */
static void
test_atlas_unreadable (Fixture       *fixture,
                       gconstpointer  data)
{
  DorsalWindow *window;

  make_unreadable (fixture, "atlas-care.xml");
  window = new_window ();
  assert_content_error (window, "atlas-care.xml");
  assert_assessment_works (window);
  destroy_window (window);
}

/* A content folder that does not exist, or lacks a file: the bundled copy is used. */
static void
test_content_dir_missing (Fixture       *fixture,
                          gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (fixture->dir, "not-there", NULL);
  DorsalWindow *window;

  g_setenv ("DORSAL_CONTENT_DIR", missing, TRUE);
  window = new_window ();
  assert_content_works (window);
  assert_assessment_works (window);
  destroy_window (window);
}

/* An assessment.xml that is not well-formed: the assessment area says so, naming the file and
 * the line; the drawing and the content still work. */
static void
test_assessment_malformed (Fixture       *fixture,
                           gconstpointer  data)
{
  DorsalWindow *window;
  GtkWidget *status;

  write_truncated (fixture, "assessment.xml", 30);
  window = new_window ();
  assert_assessment_error (window, "assessment.xml:");
  /* file:line (libxml2 may name the line where it gave up rather than the broken one) */
  status = adw_bin_get_child (ADW_BIN (dorsal_window_get_assessment_area (window)));
  g_assert_true (g_regex_match_simple ("assessment\\.xml:[0-9]+: ",
                                       adw_status_page_get_description (ADW_STATUS_PAGE (status)),
                                       0, 0));
  assert_content_works (window);
  destroy_window (window);
}

/* A well-formed assessment.xml that the schema refuses. */
static void
test_assessment_invalid (Fixture       *fixture,
                         gconstpointer  data)
{
  DorsalWindow *window;

  write_file (fixture, "assessment.xml",
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<assessment version=\"1\">\n"
              "  <nonsense/>\n</assessment>\n");
  window = new_window ();
  assert_assessment_error (window, "assessment.xml");
  assert_content_works (window);
  destroy_window (window);
}

static void
test_assessment_unreadable (Fixture       *fixture,
                            gconstpointer  data)
{
  DorsalWindow *window;

  make_unreadable (fixture, "assessment.xml");
  window = new_window ();
  assert_assessment_error (window, "assessment.xml");
  assert_content_works (window);
  destroy_window (window);
}

/* A broken referred.xml (the drawing's "What else can hurt here?" mode): the window opens, the
 * rest works, and the mode's panel says the information could not load and why. */
static void
test_referred_broken (Fixture       *fixture,
                      gconstpointer  data)
{
  DorsalWindow *window;

  write_truncated (fixture, "referred.xml", 8);
  window = new_window ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.referred-mode", NULL));
  spin (50);
  g_assert_nonnull (dorsal_window_get_referred_panel (window));
  g_assert_nonnull (strstr (dorsal_referred_panel_get_error (dorsal_window_get_referred_panel (window)),
                            "referred.xml:"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.referred-mode", NULL));
  spin (50);
  assert_content_works (window);
  assert_assessment_works (window);
  destroy_window (window);
}

/* Everything broken at once: both areas say so, the window still opens and closes. */
static void
test_everything_broken (Fixture       *fixture,
                        gconstpointer  data)
{
  DorsalWindow *window;

  write_file (fixture, "atlas.xml", "");
  write_file (fixture, "assessment.xml", "\xff\xfe not XML at all");
  write_file (fixture, "tour.xml", "<tour");
  write_file (fixture, "quiz.xml", "<");
  window = new_window ();
  assert_content_error (window, "atlas.xml");
  assert_assessment_error (window, "assessment.xml");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-fullscreen", NULL));
  spin (50);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-fullscreen", NULL));
  spin (50);
  destroy_window (window);
}

/* The modal message of a classroom part that cannot start, or NULL. */
static AdwMessageDialog *
find_message (DorsalWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (toplevel) &&
          gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        return ADW_MESSAGE_DIALOG (toplevel);
    }
  return NULL;
}

/* A broken tour.xml or quiz.xml: the classroom says which part cannot start and why; the lesson
 * goes on with the rest. */
static void
test_classroom_broken (Fixture       *fixture,
                       gconstpointer  data)
{
  const char *name = data;
  DorsalWindow *window;
  DorsalClassroom *classroom;
  AdwMessageDialog *message;

  write_truncated (fixture, name, 6);
  window = new_window ();
  dorsal_classroom_set_active (window, TRUE);
  classroom = dorsal_classroom_get_for_window (window);
  g_assert_nonnull (classroom);
  spin (50);

  if (g_str_equal (name, "tour.xml"))
    dorsal_classroom_start_tour (classroom);
  else
    dorsal_classroom_start_quiz (classroom);
  spin (100);

  message = find_message (window);
  g_assert_nonnull (message);
  g_test_message ("%s: %s", adw_message_dialog_get_heading (message),
                  adw_message_dialog_get_body (message));
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), name));
  gtk_window_close (GTK_WINDOW (message));   /* as Escape or the Close button does */
  spin (100);
  g_assert_null (find_message (window));

  /* the rest of the lesson carries on */
  assert_content_works (window);
  assert_assessment_works (window);
  dorsal_classroom_set_active (window, FALSE);
  spin (20);
  destroy_window (window);
}

/* A drawing that fails to parse gives an error, never a crash or a half-made diagram. */
static void
test_svg_broken (void)
{
  g_autoptr(GFile) file = dorsal_resource_file ("diagrams/posterior.svg");
  g_autoptr(GBytes) good = NULL;
  const char *data;
  gsize size;
  GError *error = NULL;
  const char *broken[] = {
    "",
    "not an SVG",
    "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><g id=\"a\"",
    "<?xml version=\"1.0\"?><html/>",
    NULL, /* the real drawing cut in half, filled in below */
  };
  g_autofree char *half = NULL;

  good = g_file_load_bytes (file, NULL, NULL, &error);
  g_assert_no_error (error);
  data = g_bytes_get_data (good, &size);
  half = g_strndup (data, size / 2);
  broken[G_N_ELEMENTS (broken) - 1] = half;

  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (broken[i], strlen (broken[i]));
      g_autoptr(DorsalDiagram) diagram = NULL;
      g_autofree char *path = g_build_filename (g_get_tmp_dir (), "dorsal-errors-broken.svg", NULL);
      g_autoptr(GFile) broken_file = g_file_new_for_path (path);
      g_autoptr(DorsalSvgIndex) index = NULL;

      diagram = dorsal_diagram_new_from_bytes (bytes, "broken.svg", &error);
      g_assert_null (diagram);
      g_assert_nonnull (error);
      g_test_message ("diagram %u: %s", i, error->message);
      g_assert_cmpstr (error->message, !=, "");
      g_clear_error (&error);

      g_file_set_contents (path, broken[i], -1, &error);
      g_assert_no_error (error);
      index = dorsal_svg_index_new_from_file (broken_file, &error);
      /* the id scan may accept a document without ids, but never fails silently */
      if (index == NULL)
        {
          g_assert_nonnull (error);
          g_test_message ("index %u: %s", i, error->message);
          g_clear_error (&error);
        }
      g_assert_no_errno (g_remove (path));
    }
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  dorsal_resources_register ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

#define ADD(path, func) \
  g_test_add ("/errors/" path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("atlas-malformed", test_atlas_malformed);
  ADD ("atlas-invalid", test_atlas_invalid);
  ADD ("atlas-unreadable", test_atlas_unreadable);
  ADD ("content-dir-missing", test_content_dir_missing);
  ADD ("assessment-malformed", test_assessment_malformed);
  ADD ("assessment-invalid", test_assessment_invalid);
  ADD ("assessment-unreadable", test_assessment_unreadable);
  ADD ("referred-broken", test_referred_broken);
  ADD ("everything-broken", test_everything_broken);
  g_test_add ("/errors/classroom-tour-broken", Fixture, "tour.xml", fixture_set_up,
              test_classroom_broken, fixture_tear_down);
  g_test_add ("/errors/classroom-quiz-broken", Fixture, "quiz.xml", fixture_set_up,
              test_classroom_broken, fixture_tear_down);
  g_test_add_func ("/errors/svg-broken", test_svg_broken);

  return g_test_run ();
}
