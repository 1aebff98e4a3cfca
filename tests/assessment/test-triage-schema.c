/* test-triage-schema.c: a broken assessment.xml is an error naming file and line
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "dorsal-triage.h"

static char *tmp_dir;
static char *source_text;

static void
load_source (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("DORSAL_SOURCE_ROOT"), "data", "content",
                                            "assessment.xml", NULL);
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &source_text, NULL, &error);
  g_assert_no_error (error);
}

static guint
line_of (const char *text,
         const char *at)
{
  guint line = 1;

  for (const char *p = text; p < at; p++)
    if (*p == '\n')
      line++;
  return line;
}

typedef struct
{
  const char        *name;
  const char        *old;         /* replaced once in the real file... */
  const char        *new;         /* ...by this */
  DorsalTriageError  code;
  const char        *line_at;     /* the error's line is where this text starts (default: new) */
  const char        *words;       /* in the message, if set */
} Breakage;

static const Breakage breakages[] = {
  { "not-well-formed", "<title>See a doctor today</title>", "<title>See a doctor today</titel>",
    DORSAL_TRIAGE_ERROR_PARSE, NULL, NULL },
  { "unknown-element", "<why>Chest pain with back pain can be a heart attack.</why>",
    "<why>Chest pain with back pain can be a heart attack.</why><colour>red</colour>",
    DORSAL_TRIAGE_ERROR_SCHEMA, NULL, "colour" },
  { "yesno-without-level", "<question id=\"fever\" kind=\"yesno\" yes-level=\"urgent\"",
    "<question id=\"fever\" kind=\"yesno\"", DORSAL_TRIAGE_ERROR_SCHEMA, NULL, NULL },
  { "question-without-source",
    "<source>NHS guidance on shingles: medicine works best when started within 3 days of the rash</source>",
    "", DORSAL_TRIAGE_ERROR_SCHEMA, "<explanation>A band of rash", "source" },
  { "question-without-why",
    "<why>Weak bones in the spine can break without a big injury.</why>",
    "", DORSAL_TRIAGE_ERROR_SCHEMA,
    "<source>The international red flags framework (Finucane and others, 2020); the project's", "why" },
  { "rule-without-source",
    "<source>NHS guidance on back pain: see a GP if the pain does not get better within a few weeks</source>\n      <explanation>You have had",
    "<explanation>You have had", DORSAL_TRIAGE_ERROR_SCHEMA, NULL, "explanation" },
  { "empty-why", "<why>A big injury can break a bone in the back.</why>", "<why></why>",
    DORSAL_TRIAGE_ERROR_SCHEMA, NULL, NULL },
  { "blank-why", "<why>A big injury can break a bone in the back.</why>", "<why>   </why>",
    DORSAL_TRIAGE_ERROR_INVALID, NULL, "why" },
  { "bad-kind", "<question id=\"sex\" kind=\"choice\">", "<question id=\"sex\" kind=\"pick\">",
    DORSAL_TRIAGE_ERROR_SCHEMA, NULL, NULL },
  { "bad-id", "<question id=\"night-pain\"", "<question id=\"Night Pain\"",
    DORSAL_TRIAGE_ERROR_SCHEMA, NULL, NULL },
  { "unknown-yes-level", "yes-level=\"soon\" topic=\"warning-band-pain\"",
    "yes-level=\"sooner\" topic=\"warning-band-pain\"", DORSAL_TRIAGE_ERROR_INVALID,
    "<question id=\"band-pain\"", "sooner" },
  { "unknown-rule-level", "<rule id=\"lasting-pain\" level=\"routine\"",
    "<rule id=\"lasting-pain\" level=\"later\"", DORSAL_TRIAGE_ERROR_INVALID, NULL, "later" },
  { "duplicate-question", "<question id=\"weight-loss\"", "<question id=\"fever\"",
    DORSAL_TRIAGE_ERROR_INVALID, "<question id=\"fever\" kind=\"yesno\" yes-level=\"urgent\" topic=\"warning-weight-loss\"",
    "fever" },
  { "duplicate-level", "<level id=\"soon\">", "<level id=\"urgent\">",
    DORSAL_TRIAGE_ERROR_INVALID, "<level id=\"urgent\">\n      <title>See a doctor within", "urgent" },
  { "rule-named-like-question", "<rule id=\"lasting-pain\"", "<rule id=\"duration\"",
    DORSAL_TRIAGE_ERROR_INVALID, NULL, "duration" },
  { "duplicate-choice", "<choice value=\"male\">Male</choice>", "<choice value=\"female\">Male</choice>",
    DORSAL_TRIAGE_ERROR_INVALID, NULL, "female" },
  { "when-unknown-question", "<when question=\"sex\" in=\"male\"/>", "<when question=\"gender\" in=\"male\"/>",
    DORSAL_TRIAGE_ERROR_INVALID, NULL, "gender" },
  { "when-unknown-value", "<when question=\"sex\" in=\"female unspecified\"/>",
    "<when question=\"sex\" in=\"female other\"/>", DORSAL_TRIAGE_ERROR_INVALID, NULL, "other" },
  { "when-number-on-choice", "<when question=\"age\" at-least=\"75\"/>",
    "<when question=\"sex\" at-least=\"75\"/>", DORSAL_TRIAGE_ERROR_INVALID, NULL, "sex" },
  { "when-in-on-number", "<when question=\"age\" greater-than=\"50\"/>",
    "<when question=\"age\" in=\"unknown\"/>", DORSAL_TRIAGE_ERROR_INVALID, NULL, "age" },
  { "when-two-tests", "<when question=\"age\" greater-than=\"50\"/>",
    "<when question=\"age\" greater-than=\"50\" at-least=\"51\"/>", DORSAL_TRIAGE_ERROR_SCHEMA, NULL, NULL },
  { "bad-number", "kind=\"number\" min=\"0\" max=\"120\"", "kind=\"number\" min=\"0\" max=\"old\"",
    DORSAL_TRIAGE_ERROR_SCHEMA, "<question id=\"age\"", NULL },
  { "min-above-max", "kind=\"number\" min=\"0\" max=\"120\"", "kind=\"number\" min=\"121\" max=\"120\"",
    DORSAL_TRIAGE_ERROR_INVALID, "<question id=\"age\"", "age" },
  { "two-not-sure-rules", "<answer-rule answer=\"yes\" step=\"0\">",
    "<answer-rule answer=\"not-sure\" step=\"0\"><why>x</why><source>y</source></answer-rule>\n"
    "    <answer-rule answer=\"yes\" step=\"0\">",
    DORSAL_TRIAGE_ERROR_INVALID, "<answer-rule answer=\"not-sure\" step=\"1\"", "not-sure" },
  { "wrong-version", "<assessment version=\"1\"", "<assessment version=\"2\"",
    DORSAL_TRIAGE_ERROR_SCHEMA, NULL, NULL },
};

static void
test_breakage (gconstpointer data)
{
  const Breakage *b = data;
  g_autoptr(GString) text = g_string_new (source_text);
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalTriage) triage = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = g_strdup_printf ("%s/%s.xml", tmp_dir, b->name);
  g_autofree char *prefix = NULL;
  const char *at;
  guint line;

  g_assert_nonnull (strstr (source_text, b->old));
  g_assert_cmpuint (g_string_replace (text, b->old, b->new, 1), ==, 1);
  at = strstr (text->str, b->line_at != NULL ? b->line_at : b->new);
  g_assert_nonnull (at);
  line = line_of (text->str, at);

  g_file_set_contents (path, text->str, -1, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);
  triage = dorsal_triage_new_from_file (file, &error);
  g_assert_null (triage);
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_error (error, DORSAL_TRIAGE_ERROR, (gint) b->code);

  /* "file:line: message" */
  prefix = g_strdup_printf ("%s:%u: ", path, line);
  if (!g_str_has_prefix (error->message, prefix))
    g_test_message ("expected %s", prefix);
  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_assert_cmpuint (strlen (error->message), >, strlen (prefix) + 5);
  g_assert_null (strchr (error->message, '\n'));
  if (b->words != NULL)
    g_assert_nonnull (strstr (error->message, b->words));

  g_remove (path);
}

static void
test_valid (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("DORSAL_SOURCE_ROOT"), "data", "content",
                                            "assessment.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalTriage) triage = dorsal_triage_new_from_file (file, &error);
  g_autoptr(DorsalTriage) bundled = dorsal_triage_new_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (triage);
  /* the bundled copy is the same file */
  g_assert_nonnull (bundled);
  g_assert_cmpuint (dorsal_triage_get_n_questions (triage), ==, dorsal_triage_get_n_questions (bundled));
  g_assert_cmpuint (dorsal_triage_get_n_rules (triage), ==, dorsal_triage_get_n_rules (bundled));
  g_assert_cmpstr (dorsal_triage_get_notice (triage), ==, dorsal_triage_get_notice (bundled));

  g_assert_finalize_object (g_steal_pointer (&triage));
  g_assert_finalize_object (g_steal_pointer (&bundled));
}

static void
test_unreadable (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "missing.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalTriage) triage = dorsal_triage_new_from_file (file, &error);

  g_assert_null (triage);
  g_assert_error (error, DORSAL_TRIAGE_ERROR, DORSAL_TRIAGE_ERROR_READ);
  g_assert_true (g_str_has_prefix (error->message, path));
}

static void
test_not_xml (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "empty.xml", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalTriage) triage = NULL;

  g_file_set_contents (path, "", 0, &error);
  g_assert_no_error (error);
  triage = dorsal_triage_new_from_file (file, &error);
  g_assert_null (triage);
  g_assert_error (error, DORSAL_TRIAGE_ERROR, DORSAL_TRIAGE_ERROR_PARSE);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_clear_error (&error);

  g_file_set_contents (path, "<atlas version=\"1\"/>\n", -1, &error);
  g_assert_no_error (error);
  triage = dorsal_triage_new_from_file (file, &error);
  g_assert_null (triage);
  g_assert_error (error, DORSAL_TRIAGE_ERROR, DORSAL_TRIAGE_ERROR_SCHEMA);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_remove (path);
}

/* DORSAL_CONTENT_DIR: an author's copy is what the app loads */
static void
test_content_dir (void)
{
  g_autofree char *dir = g_build_filename (tmp_dir, "content", NULL);
  g_autofree char *path = g_build_filename (dir, "assessment.xml", NULL);
  g_autoptr(GString) text = g_string_new (source_text);
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalTriage) triage = NULL;

  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_string_replace (text, "<questions>", "<questions><oops/>", 1);
  g_file_set_contents (path, text->str, -1, &error);
  g_assert_no_error (error);

  g_setenv ("DORSAL_CONTENT_DIR", dir, TRUE);
  triage = dorsal_triage_new_default (&error);
  g_unsetenv ("DORSAL_CONTENT_DIR");
  g_assert_null (triage);
  g_assert_error (error, DORSAL_TRIAGE_ERROR, DORSAL_TRIAGE_ERROR_SCHEMA);
  g_assert_true (g_str_has_prefix (error->message, path));
  g_clear_error (&error);

  triage = dorsal_triage_new_default (&error);
  g_assert_no_error (error);
  g_assert_nonnull (triage);
  g_remove (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  g_unsetenv ("DORSAL_CONTENT_DIR");
  load_source ();
  tmp_dir = g_dir_make_tmp ("dorsal-schema-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/assessment/schema/valid", test_valid);
  g_test_add_func ("/assessment/schema/unreadable", test_unreadable);
  g_test_add_func ("/assessment/schema/not-xml", test_not_xml);
  g_test_add_func ("/assessment/schema/content-dir", test_content_dir);
  for (guint i = 0; i < G_N_ELEMENTS (breakages); i++)
    {
      g_autofree char *name = g_strconcat ("/assessment/schema/broken/", breakages[i].name, NULL);

      g_test_add_data_func (name, &breakages[i], test_breakage);
    }

  status = g_test_run ();
  g_rmdir (tmp_dir);
  g_free (tmp_dir);
  g_free (source_text);
  return status;
}
