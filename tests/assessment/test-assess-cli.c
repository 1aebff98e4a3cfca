/* test-assess-cli.c: `dorsal --assess FILE` behaves as triage-policy.md's command-line form says
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "dorsal-assess-cli.h"

static char *tmp_dir;

/* A full, valid answer set that reaches self-care. */
static const char good[] =
  "# a comment\n"
  "[answers]\n"
  "age=30\n"
  "sex=male\n"
  "duration=under-6-weeks\n"
  "chest-pain=no\n"
  "breathless=no\n"
  "tearing-pain=no\n"
  "fainting=no\n"
  "leg-weakness=no\n"
  "leg-numbness=no\n"
  "bladder-bowel=no\n"
  "falling=no\n"
  "major-trauma=no\n"
  "fever=no\n"
  "cancer-history=no\n"
  "weight-loss=no\n"
  "swelling=no\n"
  "night-pain=no\n"
  "weak-immunity=no\n"
  "rash=no\n"
  "belly-pain=no\n"
  "band-pain=no\n"
  "osteoporosis=no\n"
  "daily-activities=no\n"
  "pain-location=mid-back\n";

#define SELF_CARE "[outcome]\nlevel=self-care\nreasons=\n"

/* good with the line "KEY=…" replaced by @line ("" removes it, NULL for key adds nothing) */
static char *
variant (const char *key,
         const char *line)
{
  g_auto(GStrv) lines = g_strsplit (good, "\n", -1);
  g_autofree char *prefix = g_strconcat (key, "=", NULL);
  GString *text = g_string_new (NULL);
  gboolean found = FALSE;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      if (g_str_has_prefix (lines[i], prefix))
        {
          found = TRUE;
          if (*line != '\0')
            g_string_append_printf (text, "%s\n", line);
          continue;
        }
      if (*lines[i] != '\0')
        g_string_append_printf (text, "%s\n", lines[i]);
    }
  g_assert_true (found);
  return g_string_free (text, FALSE);
}

static char *
write_file (const char *contents)
{
  static guint n;
  g_autoptr(GError) error = NULL;
  char *path = g_strdup_printf ("%s/answers-%u.ini", tmp_dir, n++);

  g_file_set_contents (path, contents, -1, &error);
  g_assert_no_error (error);
  return path;
}

static char *
read_back (FILE *file)
{
  GString *text = g_string_new (NULL);
  char buffer[1024];
  size_t n;

  rewind (file);
  while ((n = fread (buffer, 1, sizeof buffer, file)) > 0)
    g_string_append_len (text, buffer, (gssize) n);
  fclose (file);
  return g_string_free (text, FALSE);
}

static int
run_direct (const char  *path,
            char       **out_text,
            char       **err_text)
{
  FILE *out = tmpfile ();
  FILE *err = tmpfile ();
  int status;

  g_assert_nonnull (out);
  g_assert_nonnull (err);
  status = dorsal_assess_cli_run (path, out, err);
  *out_text = read_back (out);
  *err_text = read_back (err);
  return status;
}

static int
run_tool (const char  *arg,
          const char  *stdin_text,
          const char  *content_dir,
          char       **out_text,
          char       **err_text)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *tool = g_getenv ("DORSAL_ASSESS_TOOL");

  g_assert_nonnull (tool);
  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE
                                        | G_SUBPROCESS_FLAGS_STDOUT_PIPE
                                        | G_SUBPROCESS_FLAGS_STDERR_PIPE);
  if (content_dir != NULL)
    g_subprocess_launcher_setenv (launcher, "DORSAL_CONTENT_DIR", content_dir, TRUE);
  else
    g_subprocess_launcher_unsetenv (launcher, "DORSAL_CONTENT_DIR");
  process = g_subprocess_launcher_spawn (launcher, &error, tool, arg, NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, stdin_text != NULL ? stdin_text : "", NULL,
                                 out_text, err_text, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_if_exited (process));
  return g_subprocess_get_exit_status (process);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p != '\0'; p++)
    if (*p == '\n')
      n++;
  /* every line ends in a newline */
  g_assert_true (*text == '\0' || text[strlen (text) - 1] == '\n');
  return n;
}

static void
assert_bad (const char *contents,
            guint       n_lines,
            const char *const *words)
{
  g_autofree char *path = write_file (contents);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) lines = NULL;
  int status = run_direct (path, &out, &err);

  g_test_message ("stderr: %s", err);
  g_assert_cmpint (status, ==, 2);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpuint (count_lines (err), ==, n_lines);
  lines = g_strsplit (err, "\n", -1);
  for (guint i = 0; i < n_lines; i++)
    {
      /* each line names the file */
      g_assert_true (g_str_has_prefix (lines[i], path));
      g_assert_cmpuint (strlen (lines[i]), >, strlen (path) + 10);
    }
  for (guint w = 0; words != NULL && words[w] != NULL; w++)
    {
      if (strstr (err, words[w]) == NULL)
        g_test_message ("missing “%s”", words[w]);
      g_assert_nonnull (strstr (err, words[w]));
    }
}

static void
assert_good (const char *contents,
             const char *expected)
{
  g_autofree char *path = write_file (contents);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = run_direct (path, &out, &err);

  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, expected);
}

#define WORDS(...) ((const char * const[]) { __VA_ARGS__, NULL })
#define YESNO "yes, no, not-sure"
#define AGES "0 to 120", "unknown"

static void
test_examples (void)
{
  g_autofree char *dir_path = g_build_filename (g_getenv ("DORSAL_SHARED"), "clinical", "examples", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
  const char *name;
  guint n = 0;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autoptr(GKeyFile) key_file = g_key_file_new ();
      g_autofree char *level = NULL;
      g_autofree char *reasons = NULL;
      g_autofree char *expected = NULL;
      g_autofree char *contents = NULL;
      g_autofree char *out = NULL;
      g_autofree char *err = NULL;

      if (!g_str_has_suffix (name, ".ini"))
        continue;
      g_test_message ("example %s", name);
      g_key_file_load_from_file (key_file, path, G_KEY_FILE_NONE, &error);
      g_assert_no_error (error);
      level = g_key_file_get_string (key_file, "expected", "level", &error);
      g_assert_no_error (error);
      reasons = g_key_file_get_string (key_file, "expected", "reasons", &error);
      g_assert_no_error (error);
      expected = g_strdup_printf ("[outcome]\nlevel=%s\nreasons=%s\n", level, reasons);

      /* the function itself */
      g_assert_cmpint (run_direct (path, &out, &err), ==, 0);
      g_assert_cmpstr (err, ==, "");
      g_assert_cmpstr (out, ==, expected);
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);

      /* a program, with the file named */
      g_assert_cmpint (run_tool (path, NULL, NULL, &out, &err), ==, 0);
      g_assert_cmpstr (err, ==, "");
      g_assert_cmpstr (out, ==, expected);
      g_clear_pointer (&out, g_free);
      g_clear_pointer (&err, g_free);

      /* and on standard input */
      g_file_get_contents (path, &contents, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpint (run_tool ("-", contents, NULL, &out, &err), ==, 0);
      g_assert_cmpstr (err, ==, "");
      g_assert_cmpstr (out, ==, expected);
      n++;
    }
  g_assert_cmpuint (n, >, 0);
}

/* @text without the lines that start with any of @prefixes */
static char *
without (const char        *text,
         const char * const *prefixes)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *kept = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      gboolean drop = *lines[i] == '\0';

      for (guint p = 0; prefixes[p] != NULL && !drop; p++)
        drop = g_str_has_prefix (lines[i], prefixes[p]);
      if (!drop)
        g_string_append_printf (kept, "%s\n", lines[i]);
    }
  return g_string_free (kept, FALSE);
}

static void
test_good_input (void)
{
  /* age: one to three digits, no sign, 0–120, or unknown */
  const char *ages[] = { "age=0", "age=74", "age=007", "age=unknown", "age=  45", "age=45   " };
  /* pain-location: optional, may be empty, trailing ';', duplicates count once */
  const char *zones[] = { "", "pain-location=", "pain-location=neck;", "pain-location=neck;neck",
                          "pain-location=chest-front;band-left;chest-front;",
                          ("pain-location=neck;between-shoulder-blades;mid-back;band-left;"
                           "band-right;chest-front;lower-back") };
  g_autofree char *v = NULL;
  g_autofree char *w = NULL;

  assert_good (good, SELF_CARE);

  for (guint i = 0; i < G_N_ELEMENTS (ages); i++)
    {
      g_autofree char *text = variant ("age", ages[i]);

      assert_good (text, SELF_CARE);
    }
  v = variant ("age", "age=120");
  assert_good (v, "[outcome]\nlevel=soon\nreasons=fracture-risk\n");
  g_clear_pointer (&v, g_free);
  v = variant ("age", "age=075");
  assert_good (v, "[outcome]\nlevel=soon\nreasons=fracture-risk\n");
  g_clear_pointer (&v, g_free);
  v = variant ("sex", "sex=female\nage=51");
  w = without (v, WORDS ("age=30"));
  assert_good (w, "[outcome]\nlevel=soon\nreasons=fracture-risk\n");
  g_clear_pointer (&v, g_free);
  g_clear_pointer (&w, g_free);

  for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
    {
      g_autofree char *text = variant ("pain-location", zones[i]);

      assert_good (text, SELF_CARE);
    }

  /* a key given twice keeps its last value */
  v = g_strconcat (good, "fever=yes\n", NULL);
  assert_good (v, "[outcome]\nlevel=urgent\nreasons=fever\n");
  g_clear_pointer (&v, g_free);
  v = variant ("fever", "fever=yes\nfever=no");
  assert_good (v, SELF_CARE);
  g_clear_pointer (&v, g_free);

  /* surrounding spaces dropped; other groups ignored */
  v = variant ("rash", "  rash  =   yes   ");
  assert_good (v, "[outcome]\nlevel=urgent\nreasons=rash\n");
  g_clear_pointer (&v, g_free);
  v = g_strconcat ("[before]\nfever=yes\nnonsense=1\n", good,
                   "[expected]\nlevel=call-emergency\nreasons=chest-pain\n", NULL);
  assert_good (v, SELF_CARE);
  g_clear_pointer (&v, g_free);

  /* several reasons: table order, then the rules; no pain-location at all */
  v = g_strdup ("[answers]\nage=66\nsex=unspecified\nduration=over-12-weeks\nchest-pain=no\n"
                "breathless=no\ntearing-pain=no\nfainting=no\nleg-weakness=no\nleg-numbness=no\n"
                "bladder-bowel=no\nfalling=no\nmajor-trauma=no\nfever=no\ncancer-history=no\n"
                "weight-loss=no\nswelling=no\nnight-pain=no\nweak-immunity=no\nrash=no\n"
                "belly-pain=no\nband-pain=yes\nosteoporosis=yes\ndaily-activities=yes\n");
  assert_good (v, "[outcome]\nlevel=soon\nreasons=band-pain;osteoporosis;fracture-risk\n");
}

static void
test_bad_input (void)
{
  /* values not allowed */
  const struct
  {
    const char *key;
    const char *line;
    const char *const *words;
  } values[] = {
    { "fever", "fever=maybe", WORDS ("fever", "maybe", YESNO) },
    { "fever", "fever=YES", WORDS ("fever", "YES", YESNO) },
    { "fever", "fever=", WORDS ("fever", YESNO) },
    { "fever", "fever=true", WORDS ("fever", YESNO) },
    { "sex", "sex=other", WORDS ("sex", "other", "female, male, unspecified") },
    { "duration", "duration=long", WORDS ("duration", "long", "under-6-weeks, 6-to-12-weeks, over-12-weeks") },
    { "age", "age=abc", WORDS ("age", "abc", AGES) },
    { "age", "age=-5", WORDS ("age", "-5", AGES) },
    { "age", "age=+5", WORDS ("age", "+5", AGES) },
    { "age", "age=1000", WORDS ("age", "1000", AGES) },
    { "age", "age=121", WORDS ("age", "121", AGES) },
    { "age", "age=0120", WORDS ("age", "0120", AGES) },
    { "age", "age=5.5", WORDS ("age", "5.5", AGES) },
    { "age", "age=", WORDS ("age", AGES) },
    { "age", "age=Unknown", WORDS ("age", "Unknown", AGES) },
    { "age", "age=4 5", WORDS ("age", "4 5", AGES) },
    { "pain-location", "pain-location=elbow", WORDS ("pain-location", "elbow", "between-shoulder-blades") },
    { "pain-location", "pain-location=neck;;mid-back", WORDS ("pain-location", "between-shoulder-blades") },
    { "pain-location", "pain-location=zone-neck", WORDS ("pain-location", "zone-neck") },
    { "chest-pain", "chest-pain=\\q", WORDS ("chest-pain", YESNO) },
  };
  g_autofree char *v = NULL;
  g_autofree char *w = NULL;

  /* missing group */
  assert_bad ("", 1, WORDS ("[answers]", "age", "daily-activities"));
  assert_bad ("[expected]\nlevel=self-care\n", 1, WORDS ("[answers]"));
  assert_bad ("[Answers]\nage=30\n", 1, WORDS ("[answers]"));

  /* missing questions: one line each, with the allowed values */
  v = without (good, WORDS ("fever="));
  assert_bad (v, 1, WORDS ("fever", YESNO));
  g_clear_pointer (&v, g_free);
  v = without (good, WORDS ("age=", "duration="));
  assert_bad (v, 2, WORDS ("age", AGES, "duration", "under-6-weeks, 6-to-12-weeks, over-12-weeks"));
  g_clear_pointer (&v, g_free);
  assert_bad ("[answers]\n", 23, WORDS ("age", "chest-pain", "daily-activities"));

  /* unknown keys, each once, naming the allowed keys */
  v = g_strconcat (good, "foo=yes\n", NULL);
  assert_bad (v, 1, WORDS ("foo", "chest-pain", "pain-location"));
  g_clear_pointer (&v, g_free);
  v = g_strconcat (good, "foo=yes\nfoo=no\n", NULL);
  assert_bad (v, 1, WORDS ("foo"));
  g_clear_pointer (&v, g_free);
  v = g_strconcat (good, "Fever=yes\n", NULL);
  assert_bad (v, 1, WORDS ("Fever"));
  g_clear_pointer (&v, g_free);
  v = g_strconcat (good, "fever[de]=ja\n", NULL);
  assert_bad (v, 1, WORDS ("fever[de]"));
  g_clear_pointer (&v, g_free);
  v = g_strconcat (good, "fracture-risk=yes\n", NULL);
  assert_bad (v, 1, WORDS ("fracture-risk"));
  g_clear_pointer (&v, g_free);

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_autofree char *text = variant (values[i].key, values[i].line);

      g_test_message ("%s", values[i].line);
      assert_bad (text, 1, values[i].words);
    }

  /* every problem at once, one line each */
  v = variant ("fever", "fever=maybe\nzzz=1");
  w = without (v, WORDS ("rash=", "age="));
  g_clear_pointer (&v, g_free);
  v = g_strconcat (w, "age=abc\n", NULL);
  assert_bad (v, 4, WORDS ("fever", "maybe", "zzz", "age", "abc", "rash"));
  g_clear_pointer (&v, g_free);

  /* not a key file */
  assert_bad ("this is not a key file\n", 1, WORDS ("key file"));
  assert_bad ("[answers\nage=3\n", 1, NULL);
}

static void
test_unreadable (void)
{
  g_autofree char *missing = g_build_filename (tmp_dir, "no-such-file.ini", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;

  g_assert_cmpint (run_direct (missing, &out, &err), ==, 2);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpuint (count_lines (err), ==, 1);
  g_assert_true (g_str_has_prefix (err, missing));
  g_assert_nonnull (strstr (err, "cannot read"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* a folder */
  g_assert_cmpint (run_direct (tmp_dir, &out, &err), ==, 2);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpuint (count_lines (err), ==, 1);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* the program: same */
  g_assert_cmpint (run_tool (missing, NULL, NULL, &out, &err), ==, 2);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpuint (count_lines (err), ==, 1);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* bad input on standard input */
  g_assert_cmpint (run_tool ("-", "[answers]\nage=abc\n", NULL, &out, &err), ==, 2);
  g_assert_cmpstr (out, ==, "");
  g_assert_cmpuint (count_lines (err), ==, 23);
  g_assert_true (g_str_has_prefix (err, "standard input: "));
}

static void
test_broken_content (void)
{
  g_autofree char *source = g_build_filename (g_getenv ("DORSAL_SOURCE_ROOT"), "data", "content",
                                              "assessment.xml", NULL);
  g_autofree char *dir = g_build_filename (tmp_dir, "content", NULL);
  g_autofree char *broken = g_build_filename (dir, "assessment.xml", NULL);
  g_autofree char *answers = write_file (good);
  g_autofree char *contents = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GString) text = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (source, &contents, NULL, &error);
  g_assert_no_error (error);
  text = g_string_new (contents);
  g_assert_cmpuint (g_string_replace (text, "yes-level=\"urgent\"", "yes-level=\"whenever\"", 1), ==, 1);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_file_set_contents (broken, text->str, -1, &error);
  g_assert_no_error (error);

  /* an author's copy in DORSAL_CONTENT_DIR is used, and its mistake reported with file and line */
  g_assert_cmpint (run_tool (answers, NULL, dir, &out, &err), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_true (g_str_has_prefix (err, broken));
  g_assert_nonnull (strstr (err, "whenever"));
  g_assert_cmpuint (count_lines (err), ==, 1);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* a good copy there is used as well */
  g_file_set_contents (broken, contents, -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (run_tool (answers, NULL, dir, &out, &err), ==, 0);
  g_assert_cmpstr (out, ==, SELF_CARE);
  g_assert_cmpstr (err, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  g_unsetenv ("DORSAL_CONTENT_DIR");
  tmp_dir = g_dir_make_tmp ("dorsal-assess-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/assessment/cli/examples", test_examples);
  g_test_add_func ("/assessment/cli/good-input", test_good_input);
  g_test_add_func ("/assessment/cli/bad-input", test_bad_input);
  g_test_add_func ("/assessment/cli/unreadable", test_unreadable);
  g_test_add_func ("/assessment/cli/broken-content", test_broken_content);

  status = g_test_run ();

  {
    g_autoptr(GFile) dir = g_file_new_for_path (tmp_dir);
    g_autoptr(GFileEnumerator) children = NULL;
    GFileInfo *info;
    g_autofree char *content = g_build_filename (tmp_dir, "content", "assessment.xml", NULL);
    g_autofree char *content_dir = g_build_filename (tmp_dir, "content", NULL);

    g_remove (content);
    g_rmdir (content_dir);
    children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME, 0, NULL, NULL);
    while (children != NULL && (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
      {
        g_autofree char *path = g_build_filename (tmp_dir, g_file_info_get_name (info), NULL);

        g_remove (path);
        g_object_unref (info);
      }
    g_rmdir (tmp_dir);
  }
  g_free (tmp_dir);
  return status;
}
