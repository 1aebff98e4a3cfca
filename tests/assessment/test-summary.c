/* test-summary.c: the one-page summary, and `dorsal --assess FILE --summary OUT.pdf`
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The command-line cases run the real binary ($DORSAL_BUILD_ROOT/src/dorsal);
 * PDF text is read back with pdftotext and pages counted with pdfinfo
 * (poppler-utils).
 */
#include "config.h"

#include <cairo.h>
#include <string.h>
#include <glib/gstdio.h>
#include <unistd.h>

#include "dorsal-summary.h"

static char *tmp_dir;

static DorsalTriage *
load_triage (void)
{
  g_autoptr(GError) error = NULL;
  DorsalTriage *triage = dorsal_triage_new_default (&error);

  g_assert_no_error (error);
  return triage;
}

static char *
dorsal_binary (void)
{
  const char *root = g_getenv ("DORSAL_BUILD_ROOT");
  char *path;

  g_assert_nonnull (root);
  path = g_build_filename (root, "src", "dorsal", NULL);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_EXECUTABLE));
  return path;
}

/* Runs @argv (NULL-terminated) with @env_extra ("NAME=value", or "NAME" to unset); returns
 * the exit status, and asserts that the program exited rather than crashed. */
static int
run (const char * const  *argv,
     const char * const  *env_extra,
     char               **out_text,
     char               **err_text)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE
                                        | G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                        | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  /* no display: the command-line form must never need one */
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  for (guint i = 0; env_extra != NULL && env_extra[i] != NULL; i++)
    {
      g_auto(GStrv) pair = g_strsplit (env_extra[i], "=", 2);

      if (pair[1] != NULL)
        g_subprocess_launcher_setenv (launcher, pair[0], pair[1], TRUE);
      else
        g_subprocess_launcher_unsetenv (launcher, pair[0]);
    }
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, "", NULL, out_text, err_text, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  return g_subprocess_get_exit_status (process);
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", path, "-", NULL };
  g_autofree char *err = NULL;
  char *out = NULL;

  g_assert_cmpint (run (argv, NULL, &out, &err), ==, 0);
  return out;
}

static char *
pdf_info (const char *path,
          const char *field)
{
  const char *argv[] = { "pdfinfo", path, NULL };
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree char *prefix = g_strconcat (field, ":", NULL);

  g_assert_cmpint (run (argv, NULL, &out, &err), ==, 0);
  lines = g_strsplit (out, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], prefix))
      return g_strstrip (g_strdup (lines[i] + strlen (prefix)));
  g_assert_not_reached ();
  return NULL;
}

/* Text with every space and line break removed: pdftotext breaks lines where
 * the page does, and Pango may break after a hyphen. */
static char *
squeeze (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

static void
assert_contains (const char *squeezed_page,
                 const char *text)
{
  g_autofree char *needle = squeeze (text);

  if (strstr (squeezed_page, needle) == NULL)
    g_test_message ("the page lacks “%s”", text);
  g_assert_nonnull (strstr (squeezed_page, needle));
}

/* Files in @dir, to prove that nothing (not even a temporary file) is left behind. */
static guint
count_files (const char *dir)
{
  g_autoptr(GDir) handle = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (handle);
  while (g_dir_read_name (handle) != NULL)
    n++;
  return n;
}

static guint
count_lines_of (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      n++;
  return n;
}

static void
remove_tree (const char *path)
{
  if (g_file_test (path, G_FILE_TEST_IS_DIR) && !g_file_test (path, G_FILE_TEST_IS_SYMLINK))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
      const char *name;

      g_chmod (path, 0755);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          remove_tree (child);
        }
      g_rmdir (path);
    }
  else
    g_unlink (path);
}

static char *
new_dir (const char *name)
{
  char *dir = g_build_filename (tmp_dir, name, NULL);

  g_assert_cmpint (g_mkdir_with_parents (dir, 0755), ==, 0);
  return dir;
}

static DorsalAnswers *
answers_from_key_file (GKeyFile *key_file)
{
  DorsalAnswers *answers = dorsal_answers_new ();
  g_auto(GStrv) keys = g_key_file_get_keys (key_file, "answers", NULL, NULL);

  g_assert_nonnull (keys);
  for (guint i = 0; keys[i] != NULL; i++)
    {
      g_autofree char *value = g_key_file_get_string (key_file, "answers", keys[i], NULL);

      dorsal_answers_set (answers, keys[i], g_strstrip (value));
    }
  return answers;
}

static GPtrArray *
example_paths (void)
{
  const char *shared = g_getenv ("DORSAL_SHARED");
  g_autofree char *dir = NULL;
  g_autoptr(GDir) handle = NULL;
  GPtrArray *paths = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (shared);
  dir = g_build_filename (shared, "clinical", "examples", NULL);
  handle = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (handle);
  while ((name = g_dir_read_name (handle)) != NULL)
    if (g_str_has_suffix (name, ".ini"))
      g_ptr_array_add (paths, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (paths, (GCompareFunc) g_strcmp0);
  g_assert_cmpuint (paths->len, >=, 10);
  return paths;
}

/* Every worked example: the same outcome on standard output as --assess alone, and a
 * one-page PDF that names the level and every question answered yes or not sure. */
static void
test_examples (void)
{
  g_autoptr(DorsalTriage) triage = load_triage ();
  g_autoptr(GPtrArray) paths = example_paths ();
  g_autofree char *dorsal = dorsal_binary ();
  g_autofree char *dir = new_dir ("examples");

  for (guint i = 0; i < paths->len; i++)
    {
      const char *path = g_ptr_array_index (paths, i);
      g_autofree char *base = g_path_get_basename (path);
      g_autofree char *pdf = g_strdup_printf ("%s/%s.pdf", dir, base);
      const char *summary_argv[] = { dorsal, "--assess", path, "--summary", pdf, NULL };
      const char *assess_argv[] = { dorsal, "--assess", path, NULL };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      g_autofree char *plain_out = NULL;
      g_autofree char *plain_err = NULL;
      g_autofree char *text = NULL;
      g_autofree char *page = NULL;
      g_autofree char *pages = NULL;
      g_autofree char *level_id = NULL;
      g_autoptr(GKeyFile) outcome = g_key_file_new ();
      g_autoptr(GKeyFile) input = g_key_file_new ();
      g_autoptr(GError) error = NULL;
      const DorsalLevel *level;
      guint checked = 0;

      g_test_message ("%s", base);
      g_assert_cmpint (run (summary_argv, NULL, &out, &err), ==, 0);
      g_assert_cmpstr (err, ==, "");
      g_assert_cmpint (run (assess_argv, NULL, &plain_out, &plain_err), ==, 0);
      g_assert_cmpstr (out, ==, plain_out);

      g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
      pages = pdf_info (pdf, "Pages");
      g_assert_cmpstr (pages, ==, "1");

      text = pdf_text (pdf);
      page = squeeze (text);

      g_key_file_load_from_data (outcome, out, -1, 0, &error);
      g_assert_no_error (error);
      level_id = g_key_file_get_string (outcome, "outcome", "level", &error);
      g_assert_no_error (error);
      level = dorsal_triage_find_level (triage, level_id);
      g_assert_nonnull (level);
      assert_contains (page, dorsal_level_get_title (level));
      assert_contains (page, dorsal_level_get_action (level));
      assert_contains (page, dorsal_triage_get_notice (triage));
      assert_contains (page, PACKAGE_VERSION);

      g_key_file_load_from_file (input, path, 0, &error);
      g_assert_no_error (error);
      for (guint q = 0; q < dorsal_triage_get_n_questions (triage); q++)
        {
          const DorsalQuestion *question = dorsal_triage_get_question (triage, q);
          g_autofree char *value = g_key_file_get_string (input, "answers",
                                                          dorsal_question_get_id (question),
                                                          NULL);

          if (value == NULL || dorsal_question_get_kind (question) != DORSAL_QUESTION_YESNO)
            continue;
          g_strstrip (value);
          if (strcmp (value, "yes") == 0 || strcmp (value, "not-sure") == 0)
            {
              assert_contains (page, dorsal_question_get_text (question));
              checked++;
            }
        }
      g_test_message ("%s: %u yes or not-sure questions on the page", base, checked);

      /* the PDF and nothing else */
      g_assert_no_errno (g_unlink (pdf));
      g_assert_cmpuint (count_files (dir), ==, 0);
    }
}

static guint
count_dark (cairo_surface_t         *surface,
            const cairo_rectangle_t *box,
            double                   scale,
            guint                   *non_white)
{
  int stride = cairo_image_surface_get_stride (surface);
  const guint8 *data = cairo_image_surface_get_data (surface);
  int x0 = (int) (box->x * scale), y0 = (int) (box->y * scale);
  int x1 = (int) ((box->x + box->width) * scale), y1 = (int) ((box->y + box->height) * scale);
  guint dark = 0;

  cairo_surface_flush (surface);
  *non_white = 0;
  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        guint32 pixel = *(const guint32 *) (data + y * stride + x * 4);
        guint r = (pixel >> 16) & 0xff, g = (pixel >> 8) & 0xff, b = pixel & 0xff;

        if (r < 250 || g < 250 || b < 250)
          (*non_white)++;
        if (r + g + b < 3 * 110)
          dark++;
      }
  return dark;
}

static cairo_surface_t *
render_image (DorsalTriage        *triage,
              DorsalAnswers       *answers,
              double               width,
              double               height,
              double               scale,
              DorsalSummaryLayout *layout)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 3, 4, 9, 5, 0);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24,
                                                         (int) (width * scale),
                                                         (int) (height * scale));
  cairo_t *cr = cairo_create (surface);

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  cairo_scale (cr, scale, scale);
  g_assert_true (dorsal_summary_render_full (cr, width, height, triage, answers, when, "112",
                                             layout, &error));
  g_assert_no_error (error);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return surface;
}

/* The page holds the drawing: the body-map box is far from blank, and a chosen zone
 * is marked in a way that shows without colour (more dark pixels). */
static void
test_body_map (void)
{
  g_autoptr(DorsalTriage) triage = load_triage ();
  g_autoptr(GPtrArray) paths = example_paths ();
  const char *zones[] = { "", "mid-back", "between-shoulder-blades;band-left", "chest-front" };
  guint dark_none = 0;

  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(GKeyFile) input = g_key_file_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(DorsalAnswers) answers = NULL;
      DorsalSummaryLayout layout;
      cairo_surface_t *surface;
      guint non_white;
      double area;

      g_key_file_load_from_file (input, g_ptr_array_index (paths, i), 0, &error);
      g_assert_no_error (error);
      answers = answers_from_key_file (input);
      surface = render_image (triage, answers, 595.276, 841.89, 1.5, &layout);
      count_dark (surface, &layout.body_map, 1.5, &non_white);
      area = layout.body_map.width * layout.body_map.height * 1.5 * 1.5;
      g_test_message ("%s: body map %.0fx%.0f pt, %.0f%% not white",
                      (const char *) g_ptr_array_index (paths, i), layout.body_map.width,
                      layout.body_map.height, 100.0 * non_white / area);
      g_assert_cmpfloat (layout.body_map.width, >, 100);
      g_assert_cmpfloat (layout.body_map.height, >, 100);
      g_assert_cmpfloat (non_white, >, 0.15 * area);
      g_assert_true (layout.fits);
      cairo_surface_destroy (surface);
    }

  for (guint z = 0; z < G_N_ELEMENTS (zones); z++)
    {
      g_autoptr(DorsalAnswers) answers = dorsal_answers_new ();
      DorsalSummaryLayout layout;
      cairo_surface_t *surface;
      guint non_white;
      guint dark;

      dorsal_answers_set (answers, "pain-location", zones[z]);
      surface = render_image (triage, answers, 595.276, 841.89, 1.5, &layout);
      dark = count_dark (surface, &layout.body_map, 1.5, &non_white);
      g_test_message ("zones “%s”: %u dark pixels", zones[z], dark);
      if (z == 0)
        dark_none = dark;
      else
        g_assert_cmpuint (dark, >, dark_none + 200);
      cairo_surface_destroy (surface);
    }
}

static void
pixel_at (cairo_surface_t *surface,
          double           x,
          double           y,
          double           scale,
          guint           *r,
          guint           *g,
          guint           *b)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 pixel = *(const guint32 *) (data + (int) (y * scale) * stride + (int) (x * scale) * 4);

  *r = (pixel >> 16) & 0xff;
  *g = (pixel >> 8) & 0xff;
  *b = pixel & 0xff;
}

/* The outcome banner reads in black and white at every level: a black border, a light
 * background (grey at worst when printed) and dark text in it. */
static void
test_banner (void)
{
  g_autoptr(DorsalTriage) triage = load_triage ();

  for (guint l = 0; l < dorsal_triage_get_n_levels (triage); l++)
    {
      const DorsalLevel *level = dorsal_triage_get_level (triage, l);
      g_autoptr(DorsalAnswers) answers = dorsal_answers_new ();
      g_autoptr(DorsalOutcome) outcome = NULL;
      DorsalSummaryLayout layout;
      cairo_surface_t *surface;
      guint r, g, b, non_white, dark;
      double luminance;

      /* a yes to the first question whose yes reaches this level (none for the last) */
      for (guint q = 0; q < dorsal_triage_get_n_questions (triage); q++)
        {
          const DorsalQuestion *question = dorsal_triage_get_question (triage, q);

          if (dorsal_question_get_yes_level (question) == level)
            {
              dorsal_answers_set (answers, dorsal_question_get_id (question), "yes");
              break;
            }
        }
      outcome = dorsal_triage_evaluate (triage, answers);
      g_assert_true (dorsal_outcome_get_level (outcome) == level);

      surface = render_image (triage, answers, 595.276, 841.89, 2, &layout);
      cairo_surface_flush (surface);
      g_assert_cmpfloat (layout.banner.height, >=, 50);

      /* the border, half-way down its left side */
      pixel_at (surface, layout.banner.x + 1.5, layout.banner.y + layout.banner.height / 2, 2,
                &r, &g, &b);
      g_assert_cmpuint (r + g + b, <, 60);
      /* the background, near its right end */
      pixel_at (surface, layout.banner.x + layout.banner.width - 12,
                layout.banner.y + layout.banner.height / 2, 2, &r, &g, &b);
      luminance = 0.2126 * r + 0.7152 * g + 0.0722 * b;
      g_test_message ("%s: background luminance %.0f", dorsal_level_get_id (level), luminance);
      g_assert_cmpfloat (luminance, >, 200);
      /* the glyph and the title */
      {
        cairo_rectangle_t inside = { layout.banner.x + 8, layout.banner.y + 8,
                                     layout.banner.width - 16, layout.banner.height - 16 };

        dark = count_dark (surface, &inside, 2, &non_white);
        g_assert_cmpuint (dark, >, 3000);
      }
      cairo_surface_destroy (surface);
    }
}

static char *
write_summary (DorsalTriage  *triage,
               DorsalAnswers *answers,
               GDateTime     *when,
               const char    *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

  g_assert_true (dorsal_summary_write_pdf (path, triage, answers, when, "999", &error));
  g_assert_no_error (error);
  return pdf_text (path);
}

static char *
without_date (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    if (!g_str_has_prefix (lines[i], "Made on "))
      g_string_append_printf (out, "%s\n", lines[i]);
  return g_string_free (out, FALSE);
}

/* The same answers give the same page. */
static void
test_twice (void)
{
  g_autoptr(DorsalTriage) triage = load_triage ();
  g_autoptr(GPtrArray) paths = example_paths ();
  g_autoptr(GDateTime) when = g_date_time_new_local (2026, 11, 26, 14, 7, 0);
  g_autofree char *dorsal = dorsal_binary ();
  g_autofree char *dir = new_dir ("twice");

  for (guint i = 0; i < paths->len; i++)
    {
      g_autoptr(GKeyFile) input = g_key_file_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(DorsalAnswers) answers = NULL;
      g_autofree char *first = NULL;
      g_autofree char *second = NULL;

      g_key_file_load_from_file (input, g_ptr_array_index (paths, i), 0, &error);
      g_assert_no_error (error);
      answers = answers_from_key_file (input);
      first = write_summary (triage, answers, when, "first.pdf");
      second = write_summary (triage, answers, when, "second.pdf");
      g_assert_cmpstr (first, ==, second);
      g_assert_nonnull (strstr (first, "26 November 2026, 14:07"));
      g_assert_nonnull (strstr (first, "Emergency number: 999"));
    }

  /* and through the command line, where only the time of day may differ */
  {
    g_autofree char *a = g_build_filename (dir, "a.pdf", NULL);
    g_autofree char *b = g_build_filename (dir, "b.pdf", NULL);
    const char *path = g_ptr_array_index (paths, 0);
    const char *argv_a[] = { dorsal, "--assess", path, "--summary", a, NULL };
    const char *argv_b[] = { dorsal, "--assess", path, "--summary", b, NULL };
    g_autofree char *out_a = NULL, *err_a = NULL, *out_b = NULL, *err_b = NULL;
    g_autofree char *text_a = NULL, *text_b = NULL;
    g_autofree char *rest_a = NULL, *rest_b = NULL;

    g_assert_cmpint (run (argv_a, NULL, &out_a, &err_a), ==, 0);
    g_assert_cmpint (run (argv_b, NULL, &out_b, &err_b), ==, 0);
    text_a = pdf_text (a);
    text_b = pdf_text (b);
    g_assert_nonnull (strstr (text_a, "Made on "));
    rest_a = without_date (text_a);
    rest_b = without_date (text_b);
    g_assert_cmpstr (rest_a, ==, rest_b);
  }
}

/* Bad input: exit 2, the policy's messages, nothing on standard output, and no file. */
static void
test_bad_input (void)
{
  static const char * const bad[] = {
    "[answers]\nage=abc\n",
    "no group here\n",
    "[other]\nage=40\n",
  };
  g_autofree char *dorsal = dorsal_binary ();
  g_autofree char *dir = new_dir ("bad");
  g_autofree char *pdf = g_build_filename (dir, "summary.pdf", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-answers.ini", NULL);

  for (guint i = 0; i <= G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *input = g_build_filename (tmp_dir, "bad-input.ini", NULL);
      const char *argv[] = { dorsal, "--assess", i < G_N_ELEMENTS (bad) ? input : missing,
                             "--summary", pdf, NULL };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      if (i < G_N_ELEMENTS (bad))
        g_assert_true (g_file_set_contents (input, bad[i], -1, NULL));
      g_assert_cmpint (run (argv, NULL, &out, &err), ==, 2);
      g_test_message ("stderr: %s", err);
      g_assert_cmpstr (out, ==, "");
      g_assert_cmpuint (strlen (err), >, 10);
      g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
      g_assert_cmpuint (count_files (dir), ==, 0);
    }

  /* --summary alone is a mistake too, not a window */
  {
    const char *argv[] = { dorsal, "--summary", pdf, NULL };
    g_autofree char *out = NULL;
    g_autofree char *err = NULL;

    g_assert_cmpint (run (argv, NULL, &out, &err), ==, 2);
    g_assert_nonnull (strstr (err, "--assess"));
    g_assert_cmpuint (count_files (dir), ==, 0);
  }
}

/* An OUT that cannot be written: one clear line, exit 2, no output, no file, no crash. */
static void
test_unwritable (void)
{
  g_autoptr(GPtrArray) paths = example_paths ();
  g_autofree char *dorsal = dorsal_binary ();
  g_autofree char *dir = new_dir ("unwritable");
  g_autofree char *a_file = g_build_filename (dir, "plain-file", NULL);
  g_autofree char *under_file = g_build_filename (a_file, "summary.pdf", NULL);
  g_autofree char *no_dir = g_build_filename (dir, "missing", "summary.pdf", NULL);
  g_autofree char *read_only = new_dir ("read-only");
  g_autofree char *in_read_only = g_build_filename (read_only, "summary.pdf", NULL);
  const char *targets[] = { no_dir, under_file, dir, "", "-", in_read_only };

  g_assert_true (g_file_set_contents (a_file, "keep me", -1, NULL));
  g_assert_no_errno (g_chmod (read_only, 0555));

  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    {
      const char *argv[] = { dorsal, "--assess", g_ptr_array_index (paths, 0),
                             "--summary", targets[i], NULL };
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;
      int status;

      /* root can write into a read-only folder; that case then proves nothing */
      if (targets[i] == in_read_only && access (read_only, W_OK) == 0)
        {
          g_test_message ("running as root: a read-only folder is writable");
          continue;
        }

      status = run (argv, NULL, &out, &err);
      g_test_message ("“%s”: %s", targets[i], err);
      g_assert_cmpint (status, ==, 2);
      g_assert_cmpstr (out, ==, "");
      g_assert_nonnull (strstr (err, "cannot write the summary"));
      g_assert_cmpuint (count_lines_of (err), ==, 1);
    }

  /* nothing new, and the file in the way is untouched */
  g_assert_cmpuint (count_files (dir), ==, 1);
  g_assert_cmpuint (count_files (read_only), ==, 0);
  {
    g_autofree char *contents = NULL;

    g_assert_true (g_file_get_contents (a_file, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "keep me");
  }
  g_assert_no_errno (g_chmod (read_only, 0755));
}

/* An existing file is replaced only by a complete page. */
static void
test_replaces (void)
{
  g_autoptr(GPtrArray) paths = example_paths ();
  g_autofree char *dorsal = dorsal_binary ();
  g_autofree char *dir = new_dir ("replace");
  g_autofree char *pdf = g_build_filename (dir, "summary.pdf", NULL);
  g_autofree char *input = g_build_filename (dir, "bad.ini", NULL);
  const char *bad_argv[] = { dorsal, "--assess", input, "--summary", pdf, NULL };
  const char *good_argv[] = { dorsal, "--assess", g_ptr_array_index (paths, 0),
                              "--summary", pdf, NULL };
  g_autofree char *out = NULL, *err = NULL, *out2 = NULL, *err2 = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *pages = NULL;

  g_assert_true (g_file_set_contents (pdf, "old", -1, NULL));
  g_assert_true (g_file_set_contents (input, "[answers]\nage=200\n", -1, NULL));
  g_assert_cmpint (run (bad_argv, NULL, &out, &err), ==, 2);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old");

  g_assert_cmpint (run (good_argv, NULL, &out2, &err2), ==, 0);
  pages = pdf_info (pdf, "Pages");
  g_assert_cmpstr (pages, ==, "1");
  g_assert_cmpuint (count_files (dir), ==, 2);
}

/* A4, or Letter where the locale's paper is Letter. */
static const struct
{
  const char *lc_all, *lc_paper, *lang;
  gboolean    letter;
} paper_cases[] = {
  { "", NULL, "C.UTF-8", FALSE },
  { NULL, NULL, "en_US.UTF-8", TRUE },
  { NULL, "en_CA.UTF-8", "de_DE.UTF-8", TRUE },
  { NULL, "de_DE.UTF-8", "en_US.UTF-8", FALSE },
  { "fr_FR.UTF-8", "en_US.UTF-8", NULL, FALSE },
  { "es_MX", NULL, NULL, TRUE },
  { "sr_RS@latin", NULL, NULL, FALSE },
  { NULL, NULL, NULL, FALSE },
};

static const char * const paper_names[] = { "LC_ALL", "LC_PAPER", "LANG" };

/* in a fresh child, since setenv() is not safe once GIO has started its threads */
static void
test_paper_size (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (paper_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/summary/paper-size/subprocess/%u", i);

      g_test_trap_subprocess (path, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
    }
}

static void
test_paper_size_case (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  const char *values[] = { paper_cases[i].lc_all, paper_cases[i].lc_paper, paper_cases[i].lang };
  double width, height;

  for (guint n = 0; n < G_N_ELEMENTS (paper_names); n++)
    {
      if (values[n] != NULL)
        g_setenv (paper_names[n], values[n], TRUE);
      else
        g_unsetenv (paper_names[n]);
    }
  dorsal_summary_get_paper_size (&width, &height);
  g_assert_cmpfloat_with_epsilon (width, paper_cases[i].letter ? 612.0 : 595.276, 0.01);
  g_assert_cmpfloat_with_epsilon (height, paper_cases[i].letter ? 792.0 : 841.89, 0.01);
}

/* and the PDF the command line writes is on that paper */
static void
test_paper_pdf (void)
{
  g_autoptr(GPtrArray) paths = example_paths ();
  g_autofree char *dorsal = dorsal_binary ();
  g_autofree char *dir = new_dir ("paper");
  g_autofree char *pdf = g_build_filename (dir, "summary.pdf", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (paper_cases); i++)
    {
      const char *values[] = { paper_cases[i].lc_all, paper_cases[i].lc_paper,
                               paper_cases[i].lang };
      g_autoptr(GPtrArray) env = g_ptr_array_new_with_free_func (g_free);
      const char *argv[] = { dorsal, "--assess", g_ptr_array_index (paths, 0),
                             "--summary", pdf, NULL };
      g_autofree char *out = NULL, *err = NULL, *size = NULL;

      for (guint n = 0; n < G_N_ELEMENTS (paper_names); n++)
        g_ptr_array_add (env, values[n] != NULL ? g_strconcat (paper_names[n], "=", values[n], NULL)
                                                : g_strdup (paper_names[n]));
      g_ptr_array_add (env, NULL);

      g_assert_cmpint (run (argv, (const char * const *) env->pdata, &out, &err), ==, 0);
      size = pdf_info (pdf, "Page size");
      g_test_message ("case %u: %s", i, size);
      g_assert_true (g_str_has_prefix (size, paper_cases[i].letter ? "612 x 792"
                                                                   : "595.276 x 841.89"));
    }
}

/* Many answers on a small page still make one page: the lists get smaller, and when
 * even the smallest size is too big they are cut, never spilled. */
static void
test_fits (void)
{
  g_autoptr(DorsalTriage) triage = load_triage ();
  g_autoptr(DorsalAnswers) answers = dorsal_answers_new ();
  g_autoptr(DorsalAnswers) worst = NULL;
  DorsalSummaryLayout a4, a5, tiny;
  cairo_surface_t *surface;
  g_autofree char *text = NULL;
  g_autofree char *page = NULL;

  /* every urgent sign yes and every emergency sign not sure: the longest list of reasons */
  dorsal_answers_set (answers, "age", "80");
  dorsal_answers_set (answers, "sex", "female");
  dorsal_answers_set (answers, "duration", "over-12-weeks");
  dorsal_answers_set (answers, "pain-location",
                      "neck;between-shoulder-blades;mid-back;band-left;band-right;chest-front;"
                      "lower-back");
  for (guint i = 0; i < dorsal_triage_get_n_questions (triage); i++)
    {
      const DorsalQuestion *question = dorsal_triage_get_question (triage, i);
      const DorsalLevel *level = dorsal_question_get_yes_level (question);

      if (dorsal_question_get_kind (question) != DORSAL_QUESTION_YESNO)
        continue;
      dorsal_answers_set (answers, dorsal_question_get_id (question),
                          dorsal_level_get_interrupts (level) ? "not-sure" : "yes");
    }
  worst = dorsal_answers_copy (answers);

  surface = render_image (triage, worst, 595.276, 841.89, 1, &a4);
  cairo_surface_destroy (surface);
  g_test_message ("A4: text %.1f pt, answers %.1f pt", a4.text_font_size, a4.answers_font_size);
  g_assert_true (a4.fits);
  g_assert_cmpfloat (a4.answers_font_size, >=, 7.0);

  surface = render_image (triage, worst, 419.53, 595.276, 1, &a5);
  cairo_surface_destroy (surface);
  g_test_message ("A5: text %.1f pt, answers %.1f pt", a5.text_font_size, a5.answers_font_size);
  g_assert_cmpfloat (a5.answers_font_size, <, a4.answers_font_size);
  g_assert_cmpfloat (a5.answers_font_size, <=, a5.text_font_size);

  surface = render_image (triage, worst, 200, 260, 1, &tiny);
  cairo_surface_destroy (surface);
  g_assert_false (tiny.fits);

  /* the PDF of the worst case is still one page and names every yes and not sure */
  text = write_summary (triage, worst, NULL, "worst.pdf");
  page = squeeze (text);
  for (guint i = 0; i < dorsal_triage_get_n_questions (triage); i++)
    {
      const DorsalQuestion *question = dorsal_triage_get_question (triage, i);

      if (dorsal_question_get_kind (question) == DORSAL_QUESTION_YESNO)
        assert_contains (page, dorsal_question_get_text (question));
    }
  {
    g_autofree char *path = g_build_filename (tmp_dir, "worst.pdf", NULL);
    g_autofree char *pages = pdf_info (path, "Pages");

    g_assert_cmpstr (pages, ==, "1");
  }
}

/* After an emergency stop the pane prints what it has: the unanswered questions
 * are listed as such, and the page says the advice rests on the answers given. */
static void
test_partial (void)
{
  g_autoptr(DorsalTriage) triage = load_triage ();
  g_autoptr(DorsalAnswers) answers = dorsal_answers_new ();
  g_autofree char *text = NULL;
  g_autofree char *page = NULL;
  const DorsalLevel *level;

  dorsal_answers_set (answers, "chest-pain", "yes");
  text = write_summary (triage, answers, NULL, "partial.pdf");
  page = squeeze (text);
  level = dorsal_triage_find_level (triage, "call-emergency");
  assert_contains (page, dorsal_level_get_title (level));
  assert_contains (page, "Not answered");
  assert_contains (page, "Not every question was answered.");
  assert_contains (page, dorsal_question_get_explanation (dorsal_triage_find_question (triage,
                                                                                    "chest-pain")));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("dorsal-summary-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/summary/examples", test_examples);
  g_test_add_func ("/summary/body-map", test_body_map);
  g_test_add_func ("/summary/banner", test_banner);
  g_test_add_func ("/summary/twice", test_twice);
  g_test_add_func ("/summary/bad-input", test_bad_input);
  g_test_add_func ("/summary/unwritable", test_unwritable);
  g_test_add_func ("/summary/replaces", test_replaces);
  g_test_add_func ("/summary/paper-size", test_paper_size);
  for (guint i = 0; i < G_N_ELEMENTS (paper_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/summary/paper-size/subprocess/%u", i);

      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_paper_size_case);
    }
  g_test_add_func ("/summary/paper-pdf", test_paper_pdf);
  g_test_add_func ("/summary/fits", test_fits);
  g_test_add_func ("/summary/partial", test_partial);

  status = g_test_run ();

  remove_tree (tmp_dir);
  g_free (tmp_dir);
  return status;
}
