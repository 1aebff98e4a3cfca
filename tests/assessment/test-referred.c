/* test-referred.c: referred.xml, its schema, its loader, and its links to the drawings,
 * the atlas and the self-assessment
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>
#include <glib/gstdio.h>

#include "dorsal-referred.h"
#include "dorsal-resources.h"
#include "dorsal-svg-index.h"

static const char * const views[] = { "posterior", "anterior", "lateral", "vertebra" };

/* The organs issue 12 asks for, and a word each one's paragraphs use for it. */
static const struct
{
  const char *id;
  const char *word;
} expected_organs[] = {
  { "heart", "heart" },
  { "aorta", "aorta" },
  { "lungs", "lung" },
  { "oesophagus", "oesophagus" },
  { "stomach", "stomach" },
  { "gallbladder", "gallbladder" },
  { "pancreas", "pancreas" },
  { "kidneys", "kidney" },
  { "shingles", "shingles" },
};

static DorsalReferred *
load_referred (void)
{
  g_autoptr(GError) error = NULL;
  DorsalReferred *referred = dorsal_referred_new_default (&error);

  g_assert_no_error (error);
  g_assert_nonnull (referred);
  return referred;
}

static DorsalTriage *
load_triage (void)
{
  g_autoptr(GError) error = NULL;
  DorsalTriage *triage = dorsal_triage_new_default (&error);

  g_assert_no_error (error);
  return triage;
}

static guint
strv_length (const char * const *strv)
{
  return strv != NULL ? g_strv_length ((char **) strv) : 0;
}

static gboolean
has_organ (GPtrArray  *organs,
           const char *id)
{
  for (guint i = 0; i < organs->len; i++)
    if (strcmp (dorsal_referred_organ_get_id (g_ptr_array_index (organs, i)), id) == 0)
      return TRUE;
  return FALSE;
}

static void
assert_same_set (const char * const *got,
                 const char * const *want)
{
  for (guint i = 0; want[i] != NULL; i++)
    {
      if (!g_strv_contains (got, want[i]))
        g_test_message ("missing %s", want[i]);
      g_assert_true (g_strv_contains (got, want[i]));
    }
  for (guint i = 0; got[i] != NULL; i++)
    {
      if (!g_strv_contains (want, got[i]))
        g_test_message ("unexpected %s", got[i]);
      g_assert_true (g_strv_contains (want, got[i]));
    }
}

static void
assert_includes (const char * const *got,
                 const char * const *want)
{
  for (guint i = 0; want[i] != NULL; i++)
    {
      if (!g_strv_contains (got, want[i]))
        g_test_message ("missing %s", want[i]);
      g_assert_true (g_strv_contains (got, want[i]));
    }
}

/* Every organ of the issue, and nothing it lacks: areas, zones, spinal levels, warning
 * signs, a level and a source; a paragraph for each of T1 to T12. */
static void
test_schema (void)
{
  g_autoptr(DorsalReferred) referred = load_referred ();
  const char * const *levels = dorsal_referred_get_spinal_levels (referred);

  g_assert_cmpuint (dorsal_referred_get_n_organs (referred), ==, G_N_ELEMENTS (expected_organs));
  for (guint i = 0; i < G_N_ELEMENTS (expected_organs); i++)
    {
      const DorsalReferredOrgan *organ = dorsal_referred_find_organ (referred,
                                                                     expected_organs[i].id);

      g_assert_nonnull (organ);
      g_assert_true (organ == dorsal_referred_get_organ (referred, i));
      g_assert_cmpstr (dorsal_referred_organ_get_id (organ), ==, expected_organs[i].id);
      g_assert_cmpuint (strlen (dorsal_referred_organ_get_name (organ)), >, 3);
      g_assert_cmpuint (strlen (dorsal_referred_organ_get_feels (organ)), >, 40);
      g_assert_nonnull (dorsal_referred_organ_get_topic (organ));
      g_assert_nonnull (dorsal_referred_organ_get_level (organ));
      g_assert_cmpuint (strv_length (dorsal_referred_organ_get_parts (organ)), >=, 1);
      g_assert_cmpuint (strv_length (dorsal_referred_organ_get_areas (organ, NULL)), >=, 1);
      g_assert_cmpuint (strv_length (dorsal_referred_organ_get_areas (organ, "anterior"))
                        + strv_length (dorsal_referred_organ_get_areas (organ, "posterior")), >=,
                        strv_length (dorsal_referred_organ_get_areas (organ, NULL)));
      g_assert_cmpuint (strv_length (dorsal_referred_organ_get_zones (organ)), >=, 1);
      g_assert_cmpuint (strv_length (dorsal_referred_organ_get_spinal_levels (organ)), >=, 1);
      g_assert_cmpuint (dorsal_referred_organ_get_n_warnings (organ), >=, 1);
      for (guint w = 0; w < dorsal_referred_organ_get_n_warnings (organ); w++)
        {
          g_assert_cmpuint (strlen (dorsal_referred_organ_get_warning (organ, w)), >, 10);
          g_assert_nonnull (dorsal_referred_organ_get_warning_level (organ, w));
        }
      g_assert_cmpuint (dorsal_referred_organ_get_n_sources (organ), >=, 1);
      for (guint s = 0; s < dorsal_referred_organ_get_n_sources (organ); s++)
        {
          g_assert_cmpuint (strlen (dorsal_referred_organ_get_source (organ, s)), >, 3);
          g_assert_cmpuint (strlen (dorsal_referred_organ_get_source_publisher (organ, s)), >, 2);
        }
    }

  g_assert_cmpuint (strv_length (levels), ==, 12);
  for (guint t = 1; t <= 12; t++)
    {
      g_autofree char *id = g_strdup_printf ("T%u", t);
      g_autofree char *vertebra = g_strdup_printf ("vertebra-t%u", t);
      g_autofree char *lower = g_strdup_printf ("t%u", t);
      const char *text = dorsal_referred_get_spinal_level_text (referred, id);

      g_assert_cmpstr (levels[t - 1], ==, id);
      g_assert_nonnull (text);
      g_assert_cmpuint (strlen (text), >, 80);
      g_assert_cmpstr (dorsal_referred_get_spinal_level_text (referred, vertebra), ==, text);
      g_assert_cmpstr (dorsal_referred_get_spinal_level_text (referred, lower), ==, text);
      g_assert_cmpstr (dorsal_referred_get_spinal_level_topic (referred, id), ==, vertebra);
    }
  g_assert_null (dorsal_referred_get_spinal_level_text (referred, "T13"));
  g_assert_null (dorsal_referred_get_spinal_level_text (referred, "L1"));
}

/* The bundled file validates against the bundled schema with xmllint too, so the
 * schema says what the loader reads. */
static void
test_xmllint (void)
{
  const char *root = g_getenv ("DORSAL_SOURCE_ROOT");
  g_autofree char *xml = NULL;
  g_autofree char *rng = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;
  char *argv[] = { "xmllint", "--noout", "--relaxng", NULL, NULL, NULL };

  g_assert_nonnull (root);
  rng = g_build_filename (root, "data", "content", "referred.rng", NULL);
  xml = g_build_filename (root, "data", "content", "referred.xml", NULL);
  argv[3] = rng;
  argv[4] = xml;
  g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  g_test_message ("%s", err);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* Every id the file names exists in the drawings, in the right layer and view; and every
 * referred-* area drawn belongs to some organ. */
static void
test_drawings (void)
{
  g_autoptr(DorsalReferred) referred = load_referred ();
  DorsalSvgIndex *indexes[G_N_ELEMENTS (views)];
  g_autoptr(GHashTable) used = g_hash_table_new (g_str_hash, g_str_equal);
  guint n_areas = 0;

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      g_autofree char *path = g_strdup_printf ("diagrams/%s.svg", views[v]);
      g_autoptr(GFile) file = dorsal_resource_file (path);
      g_autoptr(GError) error = NULL;

      indexes[v] = dorsal_svg_index_new_from_file (file, &error);
      g_assert_no_error (error);
    }

  for (guint i = 0; i < dorsal_referred_get_n_organs (referred); i++)
    {
      const DorsalReferredOrgan *organ = dorsal_referred_get_organ (referred, i);
      const char * const *parts = dorsal_referred_organ_get_parts (organ);
      const char * const *zones = dorsal_referred_organ_get_zones (organ);

      for (guint v = 0; v < 2; v++)
        {
          const char * const *areas = dorsal_referred_organ_get_areas (organ, views[v]);

          for (guint a = 0; areas[a] != NULL; a++)
            {
              g_test_message ("%s: %s in %s", dorsal_referred_organ_get_id (organ), areas[a],
                              views[v]);
              g_assert_true (dorsal_svg_index_has_id (indexes[v], areas[a]));
              g_assert_cmpint (dorsal_svg_index_get_kind (indexes[v], areas[a]), ==,
                               DORSAL_SVG_KIND_REFERRED);
              g_assert_cmpstr (dorsal_svg_index_get_layer (indexes[v], areas[a]), ==, "referred");
              g_hash_table_add (used, (gpointer) areas[a]);
              n_areas++;
            }
        }

      for (guint p = 0; parts[p] != NULL; p++)
        {
          gboolean found = FALSE;

          for (guint v = 0; v < G_N_ELEMENTS (views); v++)
            if (dorsal_svg_index_has_id (indexes[v], parts[p]))
              {
                const char *layer = dorsal_svg_index_get_layer (indexes[v], parts[p]);

                found = TRUE;
                g_assert_true (dorsal_svg_index_is_interactive (indexes[v], parts[p]));
                g_assert_true (g_strcmp0 (layer, "organs") == 0
                               || g_strcmp0 (layer, "nerves") == 0
                               || g_strcmp0 (layer, "dermatomes") == 0);
                /* organs are organ-*; only a nerve (shingles) uses nerves and dermatomes */
                if (g_str_has_prefix (parts[p], "organ-"))
                  g_assert_cmpstr (layer, ==, "organs");
              }
          if (!found)
            g_test_message ("%s: no drawing has %s", dorsal_referred_organ_get_id (organ),
                            parts[p]);
          g_assert_true (found);
        }

      for (guint z = 0; zones[z] != NULL; z++)
        {
          gboolean found = FALSE;

          for (guint v = 0; v < G_N_ELEMENTS (views); v++)
            if (dorsal_svg_index_has_id (indexes[v], zones[z]))
              {
                found = TRUE;
                g_assert_cmpstr (dorsal_svg_index_get_layer (indexes[v], zones[z]), ==, "zones");
              }
          g_assert_true (found);
        }
    }

  /* no referred area of the drawings is left without an organ */
  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      const char * const *ids = dorsal_svg_index_get_ids (indexes[v]);

      for (guint i = 0; ids[i] != NULL; i++)
        if (dorsal_svg_index_get_kind (indexes[v], ids[i]) == DORSAL_SVG_KIND_REFERRED)
          {
            if (!g_hash_table_contains (used, ids[i]))
              g_test_message ("%s: %s belongs to no organ", views[v], ids[i]);
            g_assert_true (g_hash_table_contains (used, ids[i]));
          }
    }
  g_test_message ("%u areas checked", n_areas);

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    g_object_unref (indexes[v]);
}

/* Choosing the heart lights exactly its areas, whether it is chosen by its id, its SVG
 * part or its atlas topic. */
static void
test_heart (void)
{
  static const char * const heart[] = {
    "referred-chest-centre", "referred-left-arm", "referred-jaw", "referred-neck",
    "referred-between-shoulder-blades", NULL
  };
  static const char * const front[] = {
    "referred-chest-centre", "referred-left-arm", "referred-jaw", "referred-neck", NULL
  };
  static const char * const back[] = {
    "referred-neck", "referred-between-shoulder-blades", NULL
  };
  g_autoptr(DorsalReferred) referred = load_referred ();
  const DorsalReferredOrgan *organ = dorsal_referred_find_organ (referred, "heart");

  assert_same_set (dorsal_referred_areas_for_organ (referred, "heart"), heart);
  assert_same_set (dorsal_referred_areas_for_organ (referred, "organ-heart"), heart);
  g_assert_cmpuint (strv_length (dorsal_referred_areas_for_organ (referred, "heart")), ==,
                    g_strv_length ((char **) heart));
  assert_same_set (dorsal_referred_organ_get_areas (organ, "anterior"), front);
  assert_same_set (dorsal_referred_organ_get_areas (organ, "posterior"), back);
  g_assert_cmpuint (strv_length (dorsal_referred_organ_get_areas (organ, "lateral")), ==, 0);
  g_assert_cmpstr (dorsal_referred_organ_get_level (organ), ==, "call-emergency");
  g_assert_cmpstr (dorsal_referred_organ_get_topic (organ), ==, "organ-heart");

  g_assert_null (dorsal_referred_areas_for_organ (referred, "organ-spleen"));
  g_assert_null (dorsal_referred_find_organ (referred, "referred-jaw"));
  g_assert_true (dorsal_referred_find_organ (referred, "organ-lung-right")
                 == dorsal_referred_find_organ (referred, "lungs"));
  g_assert_true (dorsal_referred_find_organ (referred, "organ-kidney-left")
                 == dorsal_referred_find_organ (referred, "kidneys"));
  g_assert_true (dorsal_referred_find_organ (referred, "dermatome-t6")
                 == dorsal_referred_find_organ (referred, "shingles"));
  g_assert_true (dorsal_referred_find_organ (referred, "cause-shingles")
                 == dorsal_referred_find_organ (referred, "shingles"));
}

/* Tapping between the shoulder blades lists the heart, the aorta and the oesophagus
 * among its organs, for the referred area and the body-map zone alike. */
static void
test_between_shoulder_blades (void)
{
  static const char * const ids[] = {
    "referred-between-shoulder-blades", "zone-between-shoulder-blades"
  };
  g_autoptr(DorsalReferred) referred = load_referred ();

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_autoptr(GPtrArray) organs = dorsal_referred_organs_for_area (referred, ids[i]);

      g_assert_true (has_organ (organs, "heart"));
      g_assert_true (has_organ (organs, "aorta"));
      g_assert_true (has_organ (organs, "oesophagus"));
      g_assert_false (has_organ (organs, "kidneys"));
    }

  {
    g_autoptr(GPtrArray) none = dorsal_referred_organs_for_area (referred, "referred-nowhere");
    g_autoptr(GPtrArray) flank = dorsal_referred_organs_for_area (referred, "referred-flank-left");

    g_assert_cmpuint (none->len, ==, 0);
    g_assert_cmpuint (flank->len, ==, 1);
    g_assert_true (has_organ (flank, "kidneys"));
  }
}

/* The facts issue 12 names, and the warning signs that go with them. */
static void
test_facts (void)
{
  static const struct
  {
    const char *organ;
    const char *areas[6];
    const char *zones[4];
    const char *questions[3];
  } facts[] = {
    { "heart", { "referred-chest-centre", "referred-left-arm", "referred-jaw", "referred-neck",
                 "referred-between-shoulder-blades" },
      { "zone-chest-front", "zone-between-shoulder-blades" }, { "chest-pain", "fainting" } },
    { "aorta", { "referred-between-shoulder-blades", "referred-chest-centre" },
      { "zone-between-shoulder-blades" }, { "tearing-pain" } },
    { "lungs", { "referred-band-left", "referred-band-right", "referred-between-shoulder-blades" },
      { "zone-chest-front" }, { "breathless" } },
    { "oesophagus", { "referred-chest-centre", "referred-between-shoulder-blades" },
      { "zone-chest-front", "zone-between-shoulder-blades" }, { "chest-pain" } },
    { "stomach", { "referred-upper-belly", "referred-mid-back" }, { "zone-mid-back" },
      { "belly-pain" } },
    { "gallbladder", { "referred-under-right-ribs", "referred-right-shoulder-blade-tip" },
      { "zone-band-right" }, { "belly-pain" } },
    { "pancreas", { "referred-upper-belly", "referred-mid-back" }, { "zone-mid-back" },
      { "belly-pain" } },
    { "kidneys", { "referred-flank-left", "referred-flank-right" }, { "zone-lower-back" },
      { "fever" } },
    { "shingles", { "referred-band-left", "referred-band-right" },
      { "zone-band-left", "zone-band-right" }, { "rash", "band-pain" } },
  };
  g_autoptr(DorsalReferred) referred = load_referred ();

  for (guint i = 0; i < G_N_ELEMENTS (facts); i++)
    {
      const DorsalReferredOrgan *organ = dorsal_referred_find_organ (referred, facts[i].organ);
      g_autoptr(GPtrArray) questions = g_ptr_array_new ();

      g_test_message ("%s", facts[i].organ);
      g_assert_nonnull (organ);
      assert_includes (dorsal_referred_organ_get_areas (organ, NULL), facts[i].areas);
      assert_includes (dorsal_referred_organ_get_zones (organ), facts[i].zones);
      for (guint w = 0; w < dorsal_referred_organ_get_n_warnings (organ); w++)
        if (dorsal_referred_organ_get_warning_question (organ, w) != NULL)
          g_ptr_array_add (questions,
                           (gpointer) dorsal_referred_organ_get_warning_question (organ, w));
      g_ptr_array_add (questions, NULL);
      assert_includes ((const char * const *) questions->pdata, facts[i].questions);
    }

  /* shingles is one-sided: a band on the left or the right, front and back */
  {
    const DorsalReferredOrgan *shingles = dorsal_referred_find_organ (referred, "shingles");
    static const char * const band[] = { "referred-band-left", "referred-band-right", NULL };

    assert_same_set (dorsal_referred_organ_get_areas (shingles, "anterior"), band);
    assert_same_set (dorsal_referred_organ_get_areas (shingles, "posterior"), band);
    g_assert_cmpuint (strv_length (dorsal_referred_organ_get_spinal_levels (shingles)), ==, 12);
  }
}

/* The levels agree with the self-assessment: a sign reaches its question's yes-level,
 * an organ its most urgent sign's level, and zones are body-map zones. */
static void
test_levels (void)
{
  g_autoptr(DorsalReferred) referred = load_referred ();
  g_autoptr(DorsalTriage) triage = load_triage ();
  g_autoptr(GError) error = NULL;

  g_assert_true (dorsal_referred_check_with_triage (referred, triage, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < dorsal_referred_get_n_organs (referred); i++)
    {
      const DorsalReferredOrgan *organ = dorsal_referred_get_organ (referred, i);
      const DorsalLevel *level = dorsal_triage_find_level (triage,
                                                           dorsal_referred_organ_get_level (organ));

      g_assert_nonnull (level);
      for (guint w = 0; w < dorsal_referred_organ_get_n_warnings (organ); w++)
        {
          const char *question_id = dorsal_referred_organ_get_warning_question (organ, w);
          const DorsalLevel *reached =
            dorsal_triage_find_level (triage, dorsal_referred_organ_get_warning_level (organ, w));

          g_assert_nonnull (reached);
          g_assert_cmpuint (dorsal_level_get_rank (reached), >=, dorsal_level_get_rank (level));
          if (question_id != NULL)
            g_assert_true (dorsal_question_get_yes_level (dorsal_triage_find_question (triage,
                                                                                      question_id))
                           == reached);
        }
    }

  /* heart and aorta pain are emergency-number presentations in the policy */
  g_assert_cmpstr (dorsal_referred_organ_get_level (dorsal_referred_find_organ (referred, "heart")),
                   ==, "call-emergency");
  g_assert_cmpstr (dorsal_referred_organ_get_level (dorsal_referred_find_organ (referred, "aorta")),
                   ==, "call-emergency");
  g_assert_cmpstr (dorsal_referred_organ_get_level (dorsal_referred_find_organ (referred,
                                                                                "shingles")),
                   ==, "urgent");
}

/* Each vertebra's paragraph names every organ whose pain can be felt there, and sends the
 * reader to the emergency number or to a doctor today as its most urgent organ needs. */
static void
test_spinal_levels (void)
{
  g_autoptr(DorsalReferred) referred = load_referred ();
  g_autoptr(DorsalTriage) triage = load_triage ();
  const char * const *levels = dorsal_referred_get_spinal_levels (referred);

  for (guint l = 0; levels[l] != NULL; l++)
    {
      g_autoptr(GPtrArray) organs = dorsal_referred_organs_for_spinal_level (referred, levels[l]);
      g_autofree char *vertebra = g_strdup_printf ("vertebra-%c%s", 't', levels[l] + 1);
      g_autoptr(GPtrArray) again = dorsal_referred_organs_for_spinal_level (referred, vertebra);
      g_autofree char *text = g_utf8_strdown (dorsal_referred_get_spinal_level_text (referred,
                                                                                   levels[l]),
                                              -1);
      guint most_urgent = G_MAXUINT;

      g_test_message ("%s: %u organs", levels[l], organs->len);
      g_assert_cmpuint (organs->len, >=, 1);
      g_assert_cmpuint (again->len, ==, organs->len);
      for (guint i = 0; i < organs->len; i++)
        {
          const DorsalReferredOrgan *organ = g_ptr_array_index (organs, i);
          const char *word = NULL;

          for (guint e = 0; e < G_N_ELEMENTS (expected_organs); e++)
            if (strcmp (expected_organs[e].id, dorsal_referred_organ_get_id (organ)) == 0)
              word = expected_organs[e].word;
          g_assert_nonnull (word);
          if (strstr (text, word) == NULL)
            g_test_message ("%s does not name the %s", levels[l], word);
          g_assert_nonnull (strstr (text, word));
          most_urgent = MIN (most_urgent,
                             dorsal_level_get_rank (dorsal_triage_find_level (triage,
                                                      dorsal_referred_organ_get_level (organ))));
        }

      /* no organ it does not list */
      for (guint e = 0; e < G_N_ELEMENTS (expected_organs); e++)
        if (!has_organ (organs, expected_organs[e].id))
          g_assert_null (strstr (text, expected_organs[e].word));

      if (most_urgent == 0)
        g_assert_nonnull (strstr (text, "call the emergency number"));
      else
        g_assert_null (strstr (text, "emergency number"));
      if (most_urgent <= 2)
        g_assert_nonnull (strstr (text, "see a doctor today"));
    }
}

/* Flesch-Kincaid grade exactly as ../shared/checks/readability.py counts it */
static guint
syllables (const char *word)
{
  static GRegex *ending, *leading_y, *vowels;
  g_autofree char *w = g_ascii_strdown (word, -1);
  g_autofree char *trimmed = NULL;
  g_autofree char *no_y = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  guint n = 0;
  gsize len;

  if (ending == NULL)
    {
      ending = g_regex_new ("(?:[^laeiouy]es|ed|[^laeiouy]e)$", 0, 0, NULL);
      leading_y = g_regex_new ("^y", 0, 0, NULL);
      vowels = g_regex_new ("[aeiouy]{1,2}", 0, 0, NULL);
    }

  while (*w != '\0' && strchr (".,;:!?()'\"", *w) != NULL)
    memmove (w, w + 1, strlen (w));
  len = strlen (w);
  while (len > 0 && strchr (".,;:!?()'\"", w[len - 1]) != NULL)
    w[--len] = '\0';
  if (len == 0)
    return 0;
  if (len <= 3)
    return 1;

  trimmed = g_regex_replace (ending, w, -1, 0, "", 0, NULL);
  no_y = g_regex_replace (leading_y, trimmed, -1, 0, "", 0, NULL);
  g_regex_match (vowels, no_y, 0, &match);
  while (g_match_info_matches (match))
    {
      n++;
      g_match_info_next (match, NULL);
    }
  return MAX (n, 1);
}

static double
grade (const char *text)
{
  g_autoptr(GRegex) sentence_end = g_regex_new ("[.!?]+(?:\\s|$)", 0, 0, NULL);
  g_autoptr(GRegex) letter = g_regex_new ("[A-Za-z]", 0, 0, NULL);
  g_autoptr(GRegex) word = g_regex_new ("[A-Za-z][A-Za-z'-]*", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_auto(GStrv) sentences = g_regex_split (sentence_end, text, 0);
  guint n_sentences = 0, n_words = 0, n_syllables = 0;

  for (guint i = 0; sentences[i] != NULL; i++)
    if (g_regex_match (letter, sentences[i], 0, NULL))
      n_sentences++;
  g_regex_match (word, text, 0, &match);
  while (g_match_info_matches (match))
    {
      g_autofree char *w = g_match_info_fetch (match, 0);

      n_words++;
      n_syllables += syllables (w);
      g_match_info_next (match, NULL);
    }
  return 0.39 * n_words / MAX (n_sentences, 1) + 11.8 * n_syllables / MAX (n_words, 1) - 15.59;
}

static void
check_passage (const char *text,
               double     *worst)
{
  double g = grade (text);

  *worst = MAX (*worst, g);
  if (g > 8.0)
    g_test_message ("grade %.1f: %s", g, text);
  g_assert_cmpfloat (g, <=, 8.0);
}

/* Every passage a person reads is at grade 8 or below (names are headings, not passages). */
static void
test_readability (void)
{
  g_autoptr(DorsalReferred) referred = load_referred ();
  const char * const *levels = dorsal_referred_get_spinal_levels (referred);
  double worst = -100;

  /* the checker's own yardstick, so this copy of it counts the same way */
  g_assert_cmpfloat_with_epsilon (grade ("The cat sat on the mat. It was happy."),
                                  0.39 * 9 / 2 + 11.8 * 10 / 9 - 15.59, 1e-9);
  g_assert_cmpuint (syllables ("physiotherapist"), ==, 5);

  for (guint i = 0; i < dorsal_referred_get_n_organs (referred); i++)
    {
      const DorsalReferredOrgan *organ = dorsal_referred_get_organ (referred, i);

      check_passage (dorsal_referred_organ_get_feels (organ), &worst);
      for (guint w = 0; w < dorsal_referred_organ_get_n_warnings (organ); w++)
        check_passage (dorsal_referred_organ_get_warning (organ, w), &worst);
    }
  for (guint l = 0; levels[l] != NULL; l++)
    check_passage (dorsal_referred_get_spinal_level_text (referred, levels[l]), &worst);
  g_test_message ("worst passage: grade %.1f", worst);
}

/* Organ and vertebra links go to atlas topics that exist. */
static void
test_atlas_topics (void)
{
  static const char * const files[] = { "content/atlas.xml", "content/atlas-care.xml" };
  g_autoptr(DorsalReferred) referred = load_referred ();
  g_autoptr(GString) atlas = g_string_new (NULL);
  const char * const *levels = dorsal_referred_get_spinal_levels (referred);

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autoptr(GFile) file = dorsal_resource_file (files[f]);
      g_autoptr(GBytes) bytes = g_file_load_bytes (file, NULL, NULL, NULL);

      g_assert_nonnull (bytes);
      g_string_append_len (atlas, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
    }

  for (guint i = 0; i < dorsal_referred_get_n_organs (referred); i++)
    {
      const char *topic = dorsal_referred_organ_get_topic (dorsal_referred_get_organ (referred, i));
      g_autofree char *needle = g_strdup_printf ("<topic id=\"%s\"", topic);

      g_test_message ("%s", topic);
      g_assert_nonnull (strstr (atlas->str, needle));
    }
  for (guint l = 0; levels[l] != NULL; l++)
    {
      const char *topic = dorsal_referred_get_spinal_level_topic (referred, levels[l]);
      g_autofree char *needle = g_strdup_printf ("<topic id=\"%s\"", topic);

      g_assert_nonnull (strstr (atlas->str, needle));
    }
}

static char *tmp_dir;

/* referred.xml with @from replaced by @to (once) */
static GFile *
broken_copy (const char *from,
             const char *to)
{
  static guint n;
  g_autoptr(GFile) bundled = dorsal_content_file ("referred.xml");
  g_autoptr(GBytes) bytes = g_file_load_bytes (bundled, NULL, NULL, NULL);
  g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autofree char *path = g_strdup_printf ("%s/referred-%u.xml", tmp_dir, n++);
  const char *at = strstr (text, from);
  g_autoptr(GString) changed = g_string_new (NULL);

  g_assert_nonnull (at);
  g_string_append_len (changed, text, at - text);
  g_string_append (changed, to);
  g_string_append (changed, at + strlen (from));
  g_assert_true (g_file_set_contents (path, changed->str, -1, NULL));
  return g_file_new_for_path (path);
}

static void
assert_broken (const char *from,
               const char *to,
               gint        code,
               const char *words)
{
  g_autoptr(GFile) file = broken_copy (from, to);
  g_autofree char *path = g_file_get_path (file);
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalReferred) referred = dorsal_referred_new_from_file (file, &error);
  g_autofree char *prefix = g_strconcat (path, ":", NULL);

  g_assert_null (referred);
  g_assert_error (error, DORSAL_REFERRED_ERROR, code);
  g_test_message ("%s", error->message);
  /* file:line: message */
  g_assert_true (g_str_has_prefix (error->message, prefix));
  g_assert_true (g_ascii_isdigit (error->message[strlen (prefix)]));
  g_assert_nonnull (strstr (error->message, words));
}

static void
assert_disagrees (const char *from,
                  const char *to,
                  const char *words)
{
  g_autoptr(GFile) file = broken_copy (from, to);
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalReferred) referred = dorsal_referred_new_from_file (file, &error);
  g_autoptr(DorsalTriage) triage = load_triage ();

  g_assert_no_error (error);
  g_assert_false (dorsal_referred_check_with_triage (referred, triage, &error));
  g_assert_error (error, DORSAL_REFERRED_ERROR, DORSAL_REFERRED_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, ".xml:"));
  g_assert_nonnull (strstr (error->message, words));
}

/* Broken content is a clear error naming file, line and problem. */
static void
test_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/referred.xml");
  g_autoptr(DorsalReferred) none = dorsal_referred_new_from_file (missing, &error);

  g_assert_null (none);
  g_assert_error (error, DORSAL_REFERRED_ERROR, DORSAL_REFERRED_ERROR_READ);

  assert_broken ("<name>Heart</name>", "<name>Heart</nam>", DORSAL_REFERRED_ERROR_PARSE, "");
  /* an organ with no source, no warning sign, no areas or no spinal level */
  assert_broken ("<source publisher=\"NHS\">Shingles</source>", "",
                 DORSAL_REFERRED_ERROR_SCHEMA, "");
  assert_broken ("<warning question=\"rash\" level=\"urgent\">A rash or blisters in a band on one "
                 "side of the chest or back. Medicine works best if you start it within 3 days of "
                 "the rash.</warning>\n"
                 "    <warning question=\"band-pain\" level=\"soon\">Burning or tingling pain in a "
                 "band on one side, before any rash.</warning>",
                 "", DORSAL_REFERRED_ERROR_SCHEMA, "");
  assert_broken ("<spinal-levels>T10 T11 T12</spinal-levels>",
                 "<spinal-levels></spinal-levels>", DORSAL_REFERRED_ERROR_SCHEMA, "");
  assert_broken ("<spinal-levels>T10 T11 T12</spinal-levels>",
                 "<spinal-levels>T10 T11 T13</spinal-levels>", DORSAL_REFERRED_ERROR_SCHEMA, "");
  assert_broken ("<areas view=\"anterior\">referred-upper-belly</areas>",
                 "<areas view=\"anterior\">zone-mid-back</areas>",
                 DORSAL_REFERRED_ERROR_SCHEMA, "");
  assert_broken ("<areas view=\"anterior\">referred-upper-belly</areas>\n"
                 "    <areas view=\"posterior\">referred-mid-back</areas>",
                 "", DORSAL_REFERRED_ERROR_SCHEMA, "");
  /* what the schema cannot say */
  assert_broken ("<organ id=\"aorta\"", "<organ id=\"heart\"", DORSAL_REFERRED_ERROR_INVALID,
                 "heart");
  assert_broken ("<parts>organ-aorta</parts>", "<parts>organ-heart</parts>",
                 DORSAL_REFERRED_ERROR_INVALID, "organ-heart");
  assert_broken ("<zones>zone-chest-front zone-neck", "<zones>zone-neck zone-neck",
                 DORSAL_REFERRED_ERROR_INVALID, "twice");
  assert_broken ("<spinal-level id=\"T12\"", "<spinal-level id=\"T11\"",
                 DORSAL_REFERRED_ERROR_INVALID, "T11");
  assert_broken ("<name>Kidneys</name>", "<name>  </name>", DORSAL_REFERRED_ERROR_INVALID,
                 "empty");

  /* and what only the self-assessment can say */
  assert_disagrees ("<organ id=\"gallbladder\" topic=\"organ-gallbladder\" level=\"urgent\">",
                    "<organ id=\"gallbladder\" topic=\"organ-gallbladder\" level=\"soon\">",
                    "most urgent");
  assert_disagrees ("<warning question=\"band-pain\" level=\"soon\">",
                    "<warning question=\"band-pain\" level=\"routine\">", "band-pain");
  assert_disagrees ("<warning question=\"rash\" level=\"urgent\">",
                    "<warning question=\"rash-ish\" level=\"urgent\">", "rash-ish");
  assert_disagrees ("level=\"call-emergency\">\n    <name>Heart",
                    "level=\"call-an-ambulance\">\n    <name>Heart", "call-an-ambulance");
  assert_disagrees ("<zones>zone-mid-back</zones>", "<zones>zone-upper-belly</zones>",
                    "zone-upper-belly");
}

/* Texts are folded as xgettext folds them, so the translation lookup finds them. */
static void
test_folding (void)
{
  g_autoptr(GFile) file = broken_copy ("<feels>Kidney pain is felt",
                                       "<feels>\n      Kidney   pain\tis felt");
  g_autoptr(GError) error = NULL;
  g_autoptr(DorsalReferred) referred = dorsal_referred_new_from_file (file, &error);

  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (dorsal_referred_organ_get_feels (
                                     dorsal_referred_find_organ (referred, "kidneys")),
                                   "Kidney pain is felt in the side of the back, just below"));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);

  tmp_dir = g_dir_make_tmp ("dorsal-referred-XXXXXX", &error);
  g_assert_no_error (error);

  g_test_add_func ("/referred/schema", test_schema);
  g_test_add_func ("/referred/xmllint", test_xmllint);
  g_test_add_func ("/referred/drawings", test_drawings);
  g_test_add_func ("/referred/heart", test_heart);
  g_test_add_func ("/referred/between-shoulder-blades", test_between_shoulder_blades);
  g_test_add_func ("/referred/facts", test_facts);
  g_test_add_func ("/referred/levels", test_levels);
  g_test_add_func ("/referred/spinal-levels", test_spinal_levels);
  g_test_add_func ("/referred/readability", test_readability);
  g_test_add_func ("/referred/atlas-topics", test_atlas_topics);
  g_test_add_func ("/referred/errors", test_errors);
  g_test_add_func ("/referred/folding", test_folding);

  status = g_test_run ();

  {
    g_autoptr(GDir) dir = g_dir_open (tmp_dir, 0, NULL);
    const char *name;

    while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *path = g_build_filename (tmp_dir, name, NULL);

        g_unlink (path);
      }
    g_rmdir (tmp_dir);
  }
  g_free (tmp_dir);
  return status;
}
