/* test-atlas.c: the content model: loading, the errors of broken files, lookups and search
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "dorsal-atlas.h"
#include "dorsal-atlas-private.h"
#include "dorsal-resources.h"

static GFile *
data_file (const char *name)
{
  const char *root = g_getenv ("DORSAL_SOURCE_ROOT");
  g_autofree char *path = NULL;

  g_assert_nonnull (root);
  path = g_build_filename (root, "tests", "atlas", "data", name, NULL);
  return g_file_new_for_path (path);
}

static DorsalAtlas *
load_data (const char *name)
{
  g_autoptr(DorsalAtlas) atlas = dorsal_atlas_new ();
  g_autoptr(GFile) file = data_file (name);
  g_autoptr(GError) error = NULL;

  dorsal_atlas_add_file (atlas, file, &error);
  g_assert_no_error (error);
  dorsal_atlas_check (atlas, &error);
  g_assert_no_error (error);
  return g_steal_pointer (&atlas);
}

static gboolean
strv_has (const char * const *strv,
          const char         *s)
{
  return strv != NULL && g_strv_contains (strv, s);
}

/* The bundled atlas */

static void
test_default_loads (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalAtlas) atlas = dorsal_atlas_load_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (atlas);
  g_assert_cmpuint (dorsal_atlas_get_n_topics (atlas), >, 30);

  for (guint k = 0; k < DORSAL_TOPIC_N_KINDS; k++)
    {
      g_autoptr(GPtrArray) list = dorsal_atlas_list_topics (atlas, k);

      for (guint i = 0; i < list->len; i++)
        {
          DorsalTopic *topic = g_ptr_array_index (list, i);

          g_assert_cmpint (dorsal_topic_get_kind (topic), ==, k);
          g_assert_true (dorsal_atlas_get_topic (atlas, dorsal_topic_get_id (topic)) == topic);
          g_assert_cmpstr (dorsal_topic_get_title (topic), !=, "");
          g_assert_cmpstr (dorsal_topic_get_summary (topic), !=, "");
          g_assert_nonnull (dorsal_topic_get_plain (topic)[0]);
          g_assert_nonnull (dorsal_topic_get_clinical (topic)[0]);
          g_assert_cmpuint (dorsal_topic_get_n_sources (topic), >, 0);
          /* normalised as xgettext extracts it */
          g_assert_null (strstr (dorsal_topic_get_summary (topic), "  "));
          g_assert_null (strchr (dorsal_topic_get_plain (topic)[0], '\n'));
        }
    }
}

static void
test_default_start_page (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalAtlas) atlas = dorsal_atlas_load_default (&error);
  DorsalTopic *start;
  const char * const *plain;

  g_assert_no_error (error);
  start = dorsal_atlas_get_topic (atlas, "start");
  g_assert_nonnull (start);
  g_assert_cmpint (dorsal_topic_get_kind (start), ==, DORSAL_TOPIC_KIND_GUIDE);
  plain = dorsal_topic_get_plain (start);
  /* what the spine is, common reasons, when to get help, how to use the app */
  g_assert_cmpuint (g_strv_length ((char **) plain), >=, 4);
  g_assert_cmpuint (g_strv_length ((char **) dorsal_topic_get_related (start)), >, 0);
}

/* Each group topic named in team.md exists and claims the ids it groups. */
static void
test_default_groups (void)
{
  static const struct { const char *topic; const char *svg_id; } groups[] = {
    { "scapula", "scapula-left" },
    { "scapula", "scapula-right" },
    { "clavicle", "clavicle-left" },
    { "intervertebral-discs", "disc-t6-t7" },
    { "facet-joints", "facet-t6-t7" },
    { "nerve-roots", "nerve-root-t4" },
    { "vertebra-t7", "vertebra-t7" },
    { "rib-left-7", "rib-left-7" },
    { "zone-between-shoulder-blades", "zone-between-shoulder-blades" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalAtlas) atlas = dorsal_atlas_load_default (&error);

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    {
      DorsalTopic *topic = dorsal_atlas_topic_for_svg_id (atlas, groups[i].svg_id);

      if (topic == NULL)
        g_test_message ("no topic claims %s", groups[i].svg_id);
      g_assert_nonnull (topic);
      g_assert_cmpstr (dorsal_topic_get_id (topic), ==, groups[i].topic);
    }
}

/* Broken files: each names its problem exactly */

typedef struct
{
  const char *file;
  gboolean    in_check;   /* found by dorsal_atlas_check(), not while loading */
  int         code;
  const char *message;
} Broken;

static const Broken broken[] = {
  { "bad-xml.xml", FALSE, DORSAL_ATLAS_ERROR_PARSE,
    "bad-xml.xml:6: Opening and ending tag mismatch: p line 6 and plain" },
  { "schema.xml", FALSE, DORSAL_ATLAS_ERROR_SCHEMA,
    "schema.xml:3: Element topic failed to validate attributes" },
  { "duplicate-id.xml", FALSE, DORSAL_ATLAS_ERROR_DUPLICATE_ID,
    "duplicate-id.xml:11: topic id \"vertebra-t7\" is already used at duplicate-id.xml:3" },
  { "unknown-related.xml", TRUE, DORSAL_ATLAS_ERROR_UNKNOWN_TOPIC,
    "unknown-related.xml:9: <related> names unknown topic \"rib-left-13\"" },
  { "missing-summary.xml", FALSE, DORSAL_ATLAS_ERROR_MISSING_TEXT,
    "missing-summary.xml:5: <summary> of topic \"scapula\" is empty" },
  { "claimed-twice.xml", TRUE, DORSAL_ATLAS_ERROR_CLAIMED_TWICE,
    "claimed-twice.xml:16: topic \"scapula-left\" claims \"scapula-left\", which topic "
    "\"scapula\" already claims at claimed-twice.xml:8" },
};

static void
test_broken (gconstpointer data)
{
  const Broken *b = data;
  g_autoptr(DorsalAtlas) atlas = dorsal_atlas_new ();
  g_autoptr(GFile) file = data_file (b->file);
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = dorsal_atlas_add_file (atlas, file, &error);
  if (b->in_check)
    {
      g_assert_no_error (error);
      g_assert_true (ok);
      ok = dorsal_atlas_check (atlas, &error);
    }
  else
    g_assert_cmpuint (dorsal_atlas_get_n_topics (atlas), ==, 0);

  g_assert_false (ok);
  g_assert_error (error, DORSAL_ATLAS_ERROR, b->code);
  g_assert_cmpstr (error->message, ==, b->message);
}

static void
test_broken_through_default (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(GFile) file = data_file ("missing-summary.xml");
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) copy = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalAtlas) atlas = NULL;

  /* an author's edited atlas.xml in DORSAL_CONTENT_DIR replaces the bundled one */
  dir = g_dir_make_tmp ("dorsal-atlas-XXXXXX", &error);
  g_assert_no_error (error);
  copy = g_file_new_build_filename (dir, "atlas.xml", NULL);
  g_file_copy (file, copy, G_FILE_COPY_NONE, NULL, NULL, NULL, &error);
  g_assert_no_error (error);

  g_setenv ("DORSAL_CONTENT_DIR", dir, TRUE);
  atlas = dorsal_atlas_load_default (&error);
  g_unsetenv ("DORSAL_CONTENT_DIR");

  g_assert_null (atlas);
  g_assert_error (error, DORSAL_ATLAS_ERROR, DORSAL_ATLAS_ERROR_MISSING_TEXT);
  g_assert_cmpstr (error->message, ==, "atlas.xml:5: <summary> of topic \"scapula\" is empty");

  g_file_delete (copy, NULL, NULL);
  g_rmdir (dir);
}

static void
test_unreadable (void)
{
  g_autoptr(DorsalAtlas) atlas = dorsal_atlas_new ();
  g_autoptr(GFile) file = data_file ("no-such-file.xml");
  g_autoptr(GError) error = NULL;

  g_assert_false (dorsal_atlas_add_file (atlas, file, &error));
  g_assert_error (error, DORSAL_ATLAS_ERROR, DORSAL_ATLAS_ERROR_READ);
  g_assert_true (g_str_has_prefix (error->message, "no-such-file.xml: cannot be read: "));
}

static void
test_svg_ids (void)
{
  static const char * const posterior[] = { "rib-left-12", "rib-right-12", NULL };
  static const char * const posterior_all[] = {
    "rib-left-12", "rib-right-12", "layer-bones", NULL
  };
  static const char * const lateral[] = { NULL };
  static const char * const lateral_bones[] = { "vertebra-t8", NULL };
  static const char * const lateral_all[] = {
    "vertebra-t8", "condition-compression-fracture", NULL
  };
  g_autoptr(DorsalAtlas) atlas = load_data ("unknown-svg-id.xml");
  g_autoptr(GError) error = NULL;

  g_assert_false (dorsal_atlas_check_svg_ids (atlas, "posterior", posterior_all, posterior,
                                              &error));
  g_assert_error (error, DORSAL_ATLAS_ERROR, DORSAL_ATLAS_ERROR_UNCLAIMED_ID);
  g_assert_cmpstr (error->message, ==,
                   "posterior.svg: no topic claims the interactive id \"rib-right-12\"\n"
                   "unknown-svg-id.xml:8: <show view=\"posterior\"> names \"rib-left-13\", "
                   "which posterior.svg does not have");
  g_clear_error (&error);

  /* the overlay is no interactive id, but it must exist */
  g_assert_false (dorsal_atlas_check_svg_ids (atlas, "lateral", lateral_bones, lateral, &error));
  g_assert_error (error, DORSAL_ATLAS_ERROR, DORSAL_ATLAS_ERROR_UNKNOWN_SVG_ID);
  g_assert_cmpstr (error->message, ==,
                   "unknown-svg-id.xml:17: <show view=\"lateral\"> names "
                   "\"condition-compression-fracture\", which lateral.svg does not have");
  g_clear_error (&error);

  g_assert_true (dorsal_atlas_check_svg_ids (atlas, "lateral", lateral_all, lateral, &error));
  g_assert_no_error (error);
}

/* The small sound atlas */

static void
test_topic_accessors (void)
{
  g_autoptr(DorsalAtlas) atlas = load_data ("good.xml");
  DorsalTopic *scapula = dorsal_atlas_get_topic (atlas, "scapula");
  DorsalTopic *fracture = dorsal_atlas_get_topic (atlas, "cause-compression-fracture");
  g_autoptr(DorsalTopic) kept = NULL;
  GEnumClass *kinds;

  g_assert_cmpuint (dorsal_atlas_get_n_topics (atlas), ==, 5);
  g_assert_nonnull (scapula);
  g_assert_cmpstr (dorsal_topic_get_id (scapula), ==, "scapula");
  g_assert_cmpint (dorsal_topic_get_kind (scapula), ==, DORSAL_TOPIC_KIND_STRUCTURE);
  g_assert_cmpstr (dorsal_topic_get_title (scapula), ==, "Scapula (shoulder blade)");
  g_assert_cmpstr (dorsal_topic_get_label (scapula), ==, "Scapula (shoulder blade)");
  g_assert_cmpstr (dorsal_topic_get_plain (scapula)[0], ==,
                   "It slides over the ribs when you move your arm.");
  g_assert_cmpstr (dorsal_topic_get_plain (scapula)[1], ==, "Muscles & tendons hold it in place.");
  g_assert_null (dorsal_topic_get_plain (scapula)[2]);
  g_assert_cmpuint (g_strv_length ((char **) dorsal_topic_get_clinical (scapula)), ==, 1);
  g_assert_cmpuint (dorsal_topic_get_n_shows (scapula), ==, 1);
  g_assert_cmpstr (dorsal_topic_get_show_view (scapula, 0), ==, "posterior");
  g_assert_true (strv_has (dorsal_topic_get_show_ids (scapula, 0), "scapula-right"));
  g_assert_true (strv_has (dorsal_topic_get_related (scapula), "organ-heart"));
  g_assert_true (strv_has (dorsal_topic_get_synonyms (scapula), "shoulder blade"));
  g_assert_cmpuint (dorsal_topic_get_n_sources (scapula), ==, 1);
  g_assert_cmpstr (dorsal_topic_get_source_title (scapula, 0), ==, "Shoulder pain");
  g_assert_cmpstr (dorsal_topic_get_source_publisher (scapula, 0), ==, "NHS");
  g_assert_cmpstr (dorsal_topic_get_file (scapula), ==, "good.xml");
  g_assert_cmpint (dorsal_topic_get_line (scapula), ==, 4);

  g_assert_cmpstr (dorsal_topic_get_label (dorsal_atlas_get_topic (atlas, "organ-heart")), ==,
                   "Heart");
  g_assert_cmpuint (dorsal_topic_get_n_shows (fracture), ==, 2);
  g_assert_cmpuint (dorsal_topic_get_n_sources (fracture), ==, 2);
  g_assert_cmpstr (dorsal_topic_get_source_publisher (fracture, 1), ==,
                   "Royal Osteoporosis Society");
  g_assert_cmpuint (g_strv_length ((char **) dorsal_topic_get_related (
                      dorsal_atlas_get_topic (atlas, "organ-heart"))), ==, 0);

  /* a topic outlives its atlas */
  kept = dorsal_topic_ref (scapula);
  g_clear_object (&atlas);
  g_assert_cmpstr (dorsal_topic_get_id (kept), ==, "scapula");

  kinds = g_type_class_ref (DORSAL_TYPE_TOPIC_KIND);
  g_assert_cmpstr (g_enum_get_value (kinds, DORSAL_TOPIC_KIND_WARNING)->value_nick, ==, "warning");
  g_type_class_unref (kinds);
  g_assert_true (G_TYPE_IS_BOXED (DORSAL_TYPE_TOPIC));
}

static void
test_topic_for_svg_id (void)
{
  g_autoptr(DorsalAtlas) atlas = load_data ("good.xml");
  g_autoptr(GPtrArray) causes = NULL;

  g_assert_cmpstr (dorsal_topic_get_id (dorsal_atlas_topic_for_svg_id (atlas, "scapula-left")), ==,
                   "scapula");
  g_assert_cmpstr (dorsal_topic_get_id (dorsal_atlas_topic_for_svg_id (atlas, "organ-heart")), ==,
                   "organ-heart");
  /* referred areas belong to the first organ that shows them, and are no claim */
  g_assert_cmpstr (dorsal_topic_get_id (dorsal_atlas_topic_for_svg_id (atlas, "referred-left-arm")),
                   ==, "organ-heart");
  /* what a cause shows is not its claim */
  g_assert_null (dorsal_atlas_topic_for_svg_id (atlas, "vertebra-t8"));
  g_assert_null (dorsal_atlas_topic_for_svg_id (atlas, "condition-compression-fracture"));
  g_assert_null (dorsal_atlas_get_topic (atlas, "scapula-left"));

  causes = dorsal_atlas_list_topics (atlas, DORSAL_TOPIC_KIND_CAUSE);
  g_assert_cmpuint (causes->len, ==, 1);
}

static const char *
first_id (GPtrArray *results)
{
  return results->len > 0 ? dorsal_topic_get_id (g_ptr_array_index (results, 0)) : "(none)";
}

static gboolean
in_top (GPtrArray  *results,
        const char *id,
        guint       n)
{
  for (guint i = 0; i < MIN (n, results->len); i++)
    if (g_str_equal (dorsal_topic_get_id (g_ptr_array_index (results, i)), id))
      return TRUE;
  return FALSE;
}

static void
test_search_small (void)
{
  static const char * const scapula_queries[] = {
    "scapula", "SCAPULA", "  Scapula ", "scapla", "sacpula", "shoulder blade", "Shoulder Blades",
    "omoplato", "OMÓPLATO", "scáp", "shouldr blade",
  };
  g_autoptr(DorsalAtlas) atlas = load_data ("good.xml");

  for (guint i = 0; i < G_N_ELEMENTS (scapula_queries); i++)
    {
      g_autoptr(GPtrArray) results = dorsal_atlas_search (atlas, scapula_queries[i]);

      g_test_message ("\"%s\" → %s", scapula_queries[i], first_id (results));
      g_assert_cmpstr (first_id (results), ==, "scapula");
    }

  {
    g_autoptr(GPtrArray) results = dorsal_atlas_search (atlas, "crush fracture");
    g_assert_cmpstr (first_id (results), ==, "cause-compression-fracture");
  }
  {
    g_autoptr(GPtrArray) results = dorsal_atlas_search (atlas, "osteoporosis");
    g_assert_cmpstr (first_id (results), ==, "cause-compression-fracture");
  }
  {
    g_autoptr(GPtrArray) results = dorsal_atlas_search (atlas, "pain between the shoulder blades");
    g_assert_true (in_top (results, "organ-aorta", 3));
  }
  {
    g_autoptr(GPtrArray) results = dorsal_atlas_search (atlas, "xyzzy");
    g_assert_cmpuint (results->len, ==, 0);
  }
  {
    g_autoptr(GPtrArray) results = dorsal_atlas_search (atlas, "  the  ");
    g_assert_cmpuint (results->len, ==, 0);
  }
  {
    g_autoptr(GPtrArray) results = dorsal_atlas_search (atlas, "");
    g_assert_cmpuint (results->len, ==, 0);
  }
}

static void
test_search_distance (void)
{
  g_assert_cmpuint (_dorsal_search_distance ("scapula", "scapula", 2), ==, 0);
  g_assert_cmpuint (_dorsal_search_distance ("scapla", "scapula", 2), ==, 1);
  g_assert_cmpuint (_dorsal_search_distance ("sacpula", "scapula", 2), ==, 1);
  g_assert_cmpuint (_dorsal_search_distance ("scapulae", "scapula", 2), ==, 1);
  g_assert_cmpuint (_dorsal_search_distance ("vertbrea", "vertebra", 2), ==, 2);
  g_assert_cmpuint (_dorsal_search_distance ("heart", "lungs", 1), ==, 2);
  g_assert_cmpuint (_dorsal_search_distance ("a", "abcdef", 2), ==, 3);

  {
    g_autofree char *folded = _dorsal_search_fold ("Épaule ÓMÓPLATO Straße");
    g_assert_cmpstr (folded, ==, "epaule omoplato strasse");
  }
}

/* Search over the bundled atlas */

typedef struct
{
  const char *query;
  const char *ids[4];   /* each must be among the first `within` results */
  guint       within;
} Expectation;

static const Expectation expectations[] = {
  { "shoulder blade pain", { "scapula", "zone-between-shoulder-blades" }, 5 },
  { "breastbone", { "sternum-body", "sternum-manubrium" }, 5 },
  { "slipped disc", { "cause-disc-herniation" }, 3 },
  { "SCAPULA", { "scapula" }, 1 },
  { "scapla", { "scapula" }, 1 },
  { "compresion fracture", { "cause-compression-fracture" }, 1 },
  { "shingles", { "cause-shingles" }, 1 },
  { "T7", { "vertebra-t7" }, 1 },
  { "costochondritis", { "cause-rib-joint-problems" }, 1 },
  { "numb legs", { "warning-leg-numbness" }, 2 },
  { "heart attack", { "cause-heart" }, 2 },
};

static void
test_search_default (gconstpointer data)
{
  const Expectation *e = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalAtlas) atlas = dorsal_atlas_load_default (&error);
  g_autoptr(GPtrArray) results = NULL;

  g_assert_no_error (error);
  results = dorsal_atlas_search (atlas, e->query);
  for (guint i = 0; i < MIN (results->len, 8); i++)
    g_test_message ("\"%s\" %u: %s", e->query, i,
                    dorsal_topic_get_id (g_ptr_array_index (results, i)));

  for (guint i = 0; i < G_N_ELEMENTS (e->ids) && e->ids[i] != NULL; i++)
    {
      if (!in_top (results, e->ids[i], e->within))
        g_test_message ("\"%s\": %s is not in the first %u", e->query, e->ids[i], e->within);
      g_assert_true (in_top (results, e->ids[i], e->within));
    }
}

/* "shoulder blade pain" also finds the causes of pain there early on */
static void
test_search_causes_first (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalAtlas) atlas = dorsal_atlas_load_default (&error);
  g_autoptr(GPtrArray) results = NULL;
  guint first_cause = G_MAXUINT;
  guint causes = 0;

  g_assert_no_error (error);
  results = dorsal_atlas_search (atlas, "shoulder blade pain");
  for (guint i = 0; i < MIN (results->len, 15); i++)
    if (dorsal_topic_get_kind (g_ptr_array_index (results, i)) == DORSAL_TOPIC_KIND_CAUSE)
      {
        first_cause = MIN (first_cause, i);
        causes++;
      }
  g_assert_cmpuint (first_cause, <, 3);
  g_assert_cmpuint (causes, >=, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  dorsal_resources_register ();

  g_test_add_func ("/atlas/default/loads", test_default_loads);
  g_test_add_func ("/atlas/default/start-page", test_default_start_page);
  g_test_add_func ("/atlas/default/groups", test_default_groups);
  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autofree char *path = g_strdup_printf ("/atlas/broken/%s", broken[i].file);
      g_test_add_data_func (path, &broken[i], test_broken);
    }
  g_test_add_func ("/atlas/broken/through-default", test_broken_through_default);
  g_test_add_func ("/atlas/broken/unreadable", test_unreadable);
  g_test_add_func ("/atlas/broken/svg-ids", test_svg_ids);
  g_test_add_func ("/atlas/topic/accessors", test_topic_accessors);
  g_test_add_func ("/atlas/topic/for-svg-id", test_topic_for_svg_id);
  g_test_add_func ("/atlas/search/small", test_search_small);
  g_test_add_func ("/atlas/search/distance", test_search_distance);
  for (guint i = 0; i < G_N_ELEMENTS (expectations); i++)
    {
      g_autofree char *path = g_strdup_printf ("/atlas/search/default/%u", i);
      g_test_add_data_func (path, &expectations[i], test_search_default);
    }
  g_test_add_func ("/atlas/search/default/causes-first", test_search_causes_first);

  return g_test_run ();
}
