/* test-parse-errors.c: a broken content file is reported at its first error, by every loader
 *
 * After a broken tag libxml2 reads on to the end of the file and its last message is
 * "Premature end of data" at the last line, which tells an author nothing. Each loader reads
 * through dorsal_xml_parse(), which keeps the first error; this test breaks one element of
 * each real content file and checks the message names that line.
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>

#include "dorsal-atlas.h"
#include "dorsal-quiz.h"
#include "dorsal-referred.h"
#include "dorsal-resources.h"
#include "dorsal-tour.h"
#include "dorsal-triage.h"

typedef enum
{
  LOADER_ATLAS,
  LOADER_TRIAGE,
  LOADER_REFERRED,
  LOADER_TOUR,
  LOADER_QUIZ,
} Loader;

typedef struct
{
  const char *file;
  const char *closing_tag;  /* an unclosed <b> goes just before the first one */
  Loader      loader;
} Case;

static const Case cases[] = {
  { "atlas.xml", "</summary>", LOADER_ATLAS },
  { "atlas-care.xml", "</title>", LOADER_ATLAS },
  { "assessment.xml", "</text>", LOADER_TRIAGE },
  { "referred.xml", "</name>", LOADER_REFERRED },
  { "tour.xml", "</title>", LOADER_TOUR },
  { "quiz.xml", "</prompt>", LOADER_QUIZ },
};

static void
test_first_error (gconstpointer data)
{
  const Case *c = data;
  g_autoptr(GFile) original = dorsal_content_file (c->file);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *broken = NULL;
  g_autofree char *dir = g_dir_make_tmp ("dorsal-parse-XXXXXX", NULL);
  g_autofree char *path = NULL;
  g_autofree char *want = NULL;
  g_autoptr(GFile) file = NULL;
  const char *at;
  guint line = 1;

  g_assert_nonnull (dir);
  g_file_load_contents (original, NULL, &contents, NULL, NULL, &error);
  g_assert_no_error (error);
  at = strstr (contents, c->closing_tag);
  g_assert_nonnull (at);
  for (const char *p = contents; p < at; p++)
    line += *p == '\n';
  broken = g_strdup_printf ("%.*s<b>%s", (int) (at - contents), contents, at);

  path = g_build_filename (dir, c->file, NULL);
  g_file_set_contents (path, broken, -1, &error);
  g_assert_no_error (error);
  file = g_file_new_for_path (path);

  switch (c->loader)
    {
    case LOADER_ATLAS:
      {
        g_autoptr(DorsalAtlas) atlas = dorsal_atlas_new ();
        g_assert_false (dorsal_atlas_add_file (atlas, file, &error));
      }
      break;
    case LOADER_TRIAGE:
      g_assert_null (dorsal_triage_new_from_file (file, &error));
      break;
    case LOADER_REFERRED:
      g_assert_null (dorsal_referred_new_from_file (file, &error));
      break;
    case LOADER_TOUR:
      g_assert_null (dorsal_tour_new_from_file (file, &error));
      break;
    case LOADER_QUIZ:
      g_assert_null (dorsal_quiz_new_from_file (file, &error));
      break;
    default:
      g_assert_not_reached ();
    }

  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  want = g_strdup_printf ("%s:%u: ", c->file, line);
  g_assert_nonnull (strstr (error->message, want));
  g_assert_nonnull (strstr (error->message, "mismatch"));
  g_assert_null (strstr (error->message, "Premature end of data"));

  g_unlink (path);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  dorsal_resources_register ();

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *name = g_strdup_printf ("/parse-errors/%s", cases[i].file);

      g_test_add_data_func (name, &cases[i], test_first_error);
    }

  return g_test_run ();
}
