/* dorsal-atlas-search.c: finding topics by what a person types, forgiving case, accents and typos
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "dorsal-atlas-private.h"

/*
 * The index folds every word of every topic once (lower case, accents
 * stripped, a plural "s" dropped) into one vocabulary, and keeps for each
 * word the topics that hold it with the weight of the best field it is in
 * (title over synonyms over summary over body over source titles). A query is folded the same
 * way; each of its words matches vocabulary words exactly, as a prefix
 * (for search as you type) or within a small edit distance, and a topic
 * scores the sum over the query words of the best weight it reached,
 * weighted by how rare the word is. Topics that match every word, and
 * topics whose title or synonym holds the whole phrase, come first.
 */

enum {
  WEIGHT_TITLE = 10,
  WEIGHT_SYNONYM = 8,
  WEIGHT_SUMMARY = 3,
  WEIGHT_PLAIN = 2,
  WEIGHT_CLINICAL = 1,
  WEIGHT_SOURCE = 1,
};

typedef struct
{
  guint topic;
  float weight;
} Posting;

typedef struct
{
  char   *word;
  GArray *postings;   /* Posting, one per topic */
} Word;

typedef struct
{
  char  **names;      /* folded title, label and synonyms, words joined by one space */
  char   *summary;    /* folded summary, likewise */
  char   *plain;      /* folded plain paragraphs, likewise */
} Phrases;

struct _DorsalSearchIndex
{
  GPtrArray  *topics;   /* DorsalTopic*, a reference to the atlas' array */
  GPtrArray  *words;    /* Word* */
  GHashTable *by_word;  /* char* → Word* */
  GHashTable *by_id;    /* topic id → index + 1 */
  Phrases    *phrases;  /* one per topic */
};

static const char * const stop_words[] = {
  "a", "an", "and", "are", "at", "be", "can", "do", "does", "for", "from", "how", "i", "in",
  "is", "it", "me", "my", "of", "on", "or", "the", "to", "what", "when", "why", "with",
};

static gboolean
is_stop_word (const char *word)
{
  for (guint i = 0; i < G_N_ELEMENTS (stop_words); i++)
    if (strcmp (word, stop_words[i]) == 0)
      return TRUE;
  return FALSE;
}

/**
 * _dorsal_search_fold:
 *
 * Returns: @text in lower case with accents stripped ("Épaule" → "epaule")
 */
char *
_dorsal_search_fold (const char *text)
{
  g_autofree char *decomposed = g_utf8_normalize (text, -1, G_NORMALIZE_NFKD);
  g_autofree char *folded = NULL;
  GString *out;

  if (decomposed == NULL)
    return g_strdup ("");

  folded = g_utf8_casefold (decomposed, -1);
  out = g_string_sized_new (strlen (folded));
  for (const char *p = folded; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      GUnicodeType type = g_unichar_type (c);

      if (type == G_UNICODE_NON_SPACING_MARK || type == G_UNICODE_SPACING_MARK ||
          type == G_UNICODE_ENCLOSING_MARK)
        continue;
      g_string_append_unichar (out, c);
    }

  return g_string_free (out, FALSE);
}

/* The plural "s" goes, so "blades" finds "blade" and "ribs" finds "rib";
 * words ending "ss", "us" or "is" keep theirs ("process", "thoracis"). */
static void
stem (char *word)
{
  gsize len = strlen (word);

  if (len >= 4 && word[len - 1] == 's' &&
      word[len - 2] != 's' && word[len - 2] != 'u' && word[len - 2] != 'i')
    word[len - 1] = '\0';
}

/* Splits folded @text into words of letters and digits, stemmed. */
static GPtrArray *
split_words (const char *text)
{
  g_autofree char *folded = _dorsal_search_fold (text);
  GPtrArray *words = g_ptr_array_new_with_free_func (g_free);
  const char *start = NULL;

  for (const char *p = folded; ; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean in_word = c != 0 && g_unichar_isalnum (c);

      if (in_word && start == NULL)
        start = p;
      else if (!in_word && start != NULL)
        {
          char *word = g_strndup (start, p - start);

          stem (word);
          g_ptr_array_add (words, word);
          start = NULL;
        }

      if (c == 0)
        break;
    }

  return words;
}

static char *
join_words (GPtrArray *words)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < words->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, g_ptr_array_index (words, i));
    }

  return g_string_free (out, FALSE);
}

static char *
fold_phrase (const char *text)
{
  g_autoptr(GPtrArray) words = split_words (text);

  return join_words (words);
}

/**
 * _dorsal_search_distance:
 * @max: the largest distance of interest
 *
 * Returns: the Damerau–Levenshtein distance (optimal string alignment: one
 *   swap of neighbours counts as one edit) between @a and @b in bytes, or
 *   @max + 1 when it is larger than @max
 */
guint
_dorsal_search_distance (const char *a,
                         const char *b,
                         guint       max)
{
  gsize la = strlen (a);
  gsize lb = strlen (b);
  g_autofree guint *rows = NULL;
  guint *before, *previous, *current;
  guint result;

  if ((la > lb ? la - lb : lb - la) > max)
    return max + 1;

  rows = g_new (guint, 3 * (lb + 1));
  before = rows;
  previous = rows + (lb + 1);
  current = rows + 2 * (lb + 1);

  for (gsize j = 0; j <= lb; j++)
    previous[j] = j;

  for (gsize i = 1; i <= la; i++)
    {
      guint row_min;
      guint *rotate;

      current[0] = i;
      row_min = current[0];
      for (gsize j = 1; j <= lb; j++)
        {
          guint cost = a[i - 1] == b[j - 1] ? 0 : 1;
          guint value = MIN (MIN (previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);

          if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
            value = MIN (value, before[j - 2] + 1);
          current[j] = value;
          row_min = MIN (row_min, value);
        }

      if (row_min > max)
        return max + 1;

      rotate = before;
      before = previous;
      previous = current;
      current = rotate;
    }

  result = previous[lb];
  return result > max ? max + 1 : result;
}

/* Which fields of a topic hold a word, as a mask of FIELD_* bits. */
enum {
  FIELD_TITLE = 1 << 0,
  FIELD_SYNONYM = 1 << 1,
  FIELD_SUMMARY = 1 << 2,
  FIELD_PLAIN = 1 << 3,
  FIELD_CLINICAL = 1 << 4,
  FIELD_SOURCE = 1 << 5,
};

static const struct { guint field; float weight; } field_weights[] = {
  { FIELD_TITLE, WEIGHT_TITLE },
  { FIELD_SYNONYM, WEIGHT_SYNONYM },
  { FIELD_SUMMARY, WEIGHT_SUMMARY },
  { FIELD_PLAIN, WEIGHT_PLAIN },
  { FIELD_CLINICAL, WEIGHT_CLINICAL },
  { FIELD_SOURCE, WEIGHT_SOURCE },
};

/* The weight of the best field a word is in, plus a little for each other
 * field: a cause that names "costochondritis" in its synonyms and its text
 * ranks above a rib that only lists it as a synonym. */
static float
fields_weight (guint fields)
{
  float best = 0;
  float sum = 0;

  for (guint i = 0; i < G_N_ELEMENTS (field_weights); i++)
    if (fields & field_weights[i].field)
      {
        best = MAX (best, field_weights[i].weight);
        sum += field_weights[i].weight;
      }

  return best + 0.15f * (sum - best);
}

static void
add_words (GHashTable *fields,
           const char *text,
           guint       field)
{
  g_autoptr(GPtrArray) words = split_words (text);

  for (guint i = 0; i < words->len; i++)
    {
      char *word = g_ptr_array_index (words, i);
      gpointer old;

      if (g_hash_table_lookup_extended (fields, word, NULL, &old))
        g_hash_table_insert (fields, g_strdup (word),
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (old) | field));
      else
        g_hash_table_insert (fields, g_strdup (word), GUINT_TO_POINTER (field));
    }
}

static void
add_paragraphs (GHashTable         *fields,
                const char * const *paragraphs,
                guint               field)
{
  for (guint i = 0; paragraphs != NULL && paragraphs[i] != NULL; i++)
    add_words (fields, paragraphs[i], field);
}

static void
free_word (gpointer data)
{
  Word *word = data;

  g_free (word->word);
  g_array_unref (word->postings);
  g_free (word);
}

DorsalSearchIndex *
_dorsal_search_index_new (GPtrArray *topics)
{
  DorsalSearchIndex *index = g_new0 (DorsalSearchIndex, 1);

  index->topics = g_ptr_array_ref (topics);
  index->words = g_ptr_array_new_with_free_func (free_word);
  index->by_word = g_hash_table_new (g_str_hash, g_str_equal);
  index->phrases = g_new0 (Phrases, topics->len);
  index->by_id = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint t = 0; t < topics->len; t++)
    {
      DorsalTopic *topic = g_ptr_array_index (topics, t);
      g_autoptr(GHashTable) best = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_autoptr(GPtrArray) names = g_ptr_array_new ();
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_insert (index->by_id, topic->id, GUINT_TO_POINTER (t + 1));
      add_words (best, topic->title, FIELD_TITLE);
      if (topic->label != NULL)
        add_words (best, topic->label, FIELD_TITLE);
      for (guint i = 0; topic->synonyms[i] != NULL; i++)
        add_words (best, topic->synonyms[i], FIELD_SYNONYM);
      add_words (best, topic->summary, FIELD_SUMMARY);
      add_paragraphs (best, (const char * const *) topic->plain, FIELD_PLAIN);
      add_paragraphs (best, (const char * const *) topic->clinical, FIELD_CLINICAL);
      /* the titles of its sources say what a topic is about, too */
      for (guint i = 0; i < topic->sources->len; i++)
        add_words (best, g_array_index (topic->sources, DorsalTopicSource, i).title, FIELD_SOURCE);

      g_hash_table_iter_init (&iter, best);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          Word *word = g_hash_table_lookup (index->by_word, key);
          Posting posting = { t, fields_weight (GPOINTER_TO_UINT (value)) };

          if (word == NULL)
            {
              word = g_new0 (Word, 1);
              word->word = g_strdup (key);
              word->postings = g_array_new (FALSE, FALSE, sizeof (Posting));
              g_ptr_array_add (index->words, word);
              g_hash_table_insert (index->by_word, word->word, word);
            }
          g_array_append_val (word->postings, posting);
        }

      g_ptr_array_add (names, fold_phrase (topic->title));
      if (topic->label != NULL)
        g_ptr_array_add (names, fold_phrase (topic->label));
      for (guint i = 0; topic->synonyms[i] != NULL; i++)
        g_ptr_array_add (names, fold_phrase (topic->synonyms[i]));
      g_ptr_array_add (names, NULL);
      index->phrases[t].names = (char **) g_ptr_array_steal (names, NULL);
      index->phrases[t].summary = fold_phrase (topic->summary);
      {
        g_autofree char *plain = g_strjoinv (" ", topic->plain);
        index->phrases[t].plain = fold_phrase (plain);
      }
    }

  return index;
}

void
_dorsal_search_index_free (DorsalSearchIndex *index)
{
  if (index == NULL)
    return;

  for (guint t = 0; t < index->topics->len; t++)
    {
      g_strfreev (index->phrases[t].names);
      g_free (index->phrases[t].summary);
      g_free (index->phrases[t].plain);
    }
  g_free (index->phrases);
  g_hash_table_unref (index->by_word);
  g_hash_table_unref (index->by_id);
  g_ptr_array_unref (index->words);
  g_ptr_array_unref (index->topics);
  g_free (index);
}

/* How well @candidate, a vocabulary word, stands for @query, a query word:
 * 1 for the same word, less for a prefix or a near miss, 0 for none. */
static float
match_quality (const char *query,
               gsize       query_len,
               const char *candidate)
{
  gsize len = strlen (candidate);
  guint max;
  guint distance;

  if (strcmp (query, candidate) == 0)
    return 1.0f;

  if (query_len >= 3 && len > query_len && strncmp (query, candidate, query_len) == 0)
    return 0.6f;

  if (query_len >= 8)
    max = 2;
  else if (query_len >= 5)
    max = 1;
  else
    return 0.0f;

  if (len < 4)
    return 0.0f;

  distance = _dorsal_search_distance (query, candidate, max);
  if (distance > max)
    return 0.0f;

  return distance == 1 ? 0.7f : 0.5f;
}

typedef struct
{
  guint topic;
  float score;
} Result;

/* On a tie, what a person searching about pain most likely wants first: a
 * body area or a cause ("costochondritis" is a synonym of the cause and of
 * the ribs it affects) before the anatomy. */
static const int tie_rank[DORSAL_TOPIC_N_KINDS] = {
  [DORSAL_TOPIC_KIND_AREA] = 0,
  [DORSAL_TOPIC_KIND_CAUSE] = 1,
  [DORSAL_TOPIC_KIND_WARNING] = 2,
  [DORSAL_TOPIC_KIND_TREATMENT] = 3,
  [DORSAL_TOPIC_KIND_STRUCTURE] = 4,
  [DORSAL_TOPIC_KIND_GUIDE] = 5,
};

static int
compare_results (gconstpointer a,
                 gconstpointer b,
                 gpointer      data)
{
  const Result *ra = a;
  const Result *rb = b;
  GPtrArray *topics = data;
  DorsalTopic *ta, *tb;

  if (ra->score != rb->score)
    return ra->score > rb->score ? -1 : 1;

  ta = g_ptr_array_index (topics, ra->topic);
  tb = g_ptr_array_index (topics, rb->topic);
  if (ta->kind != tb->kind)
    return tie_rank[ta->kind] - tie_rank[tb->kind];
  return (int) ra->topic - (int) rb->topic;
}

static gboolean
phrase_in (const char *haystack,
           const char *phrase)
{
  const char *found;
  gsize len = strlen (phrase);

  /* an empty phrase (a name that is only punctuation) would match at the end of the
   * haystack, and the search for the next match would start past it */
  if (len == 0)
    return FALSE;

  found = strstr (haystack, phrase);
  /* whole words only */
  while (found != NULL)
    {
      gboolean start_ok = found == haystack || found[-1] == ' ';
      gboolean end_ok = found[len] == '\0' || found[len] == ' ';

      if (start_ok && end_ok)
        return TRUE;
      found = strstr (found + 1, phrase);
    }

  return FALSE;
}

GPtrArray *
_dorsal_search_index_run (DorsalSearchIndex *index,
                          const char        *query)
{
  g_autoptr(GPtrArray) all_words = split_words (query);
  g_autoptr(GPtrArray) words = g_ptr_array_new ();
  g_autofree float *totals = NULL;
  g_autofree float *best = NULL;
  g_autofree guint *matched = NULL;
  g_autofree char *phrase = NULL;
  g_autoptr(GPtrArray) bigrams = NULL;
  g_autoptr(GArray) results = NULL;
  GPtrArray *list;
  guint n_topics = index->topics->len;
  float top = 0;

  list = g_ptr_array_new_with_free_func ((GDestroyNotify) dorsal_topic_unref);

  for (guint i = 0; i < all_words->len; i++)
    {
      const char *word = g_ptr_array_index (all_words, i);
      gboolean seen = FALSE;

      if (is_stop_word (word))
        continue;
      for (guint j = 0; j < words->len && !seen; j++)
        seen = strcmp (word, g_ptr_array_index (words, j)) == 0;
      if (!seen)
        g_ptr_array_add (words, (gpointer) word);
    }

  if (words->len == 0 || n_topics == 0)
    return list;

  phrase = join_words (all_words);
  bigrams = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; i + 1 < all_words->len; i++)
    {
      const char *first = g_ptr_array_index (all_words, i);
      const char *second = g_ptr_array_index (all_words, i + 1);

      if (!is_stop_word (first) && !is_stop_word (second))
        g_ptr_array_add (bigrams, g_strconcat (first, " ", second, NULL));
    }
  totals = g_new0 (float, n_topics);
  best = g_new (float, n_topics);
  matched = g_new0 (guint, n_topics);

  for (guint q = 0; q < words->len; q++)
    {
      const char *word = g_ptr_array_index (words, q);
      gsize word_len = strlen (word);

      for (guint t = 0; t < n_topics; t++)
        best[t] = 0;

      for (guint w = 0; w < index->words->len; w++)
        {
          Word *candidate = g_ptr_array_index (index->words, w);
          float quality = match_quality (word, word_len, candidate->word);
          float rarity;

          if (quality == 0)
            continue;

          rarity = logf (1.0f + (float) n_topics / (float) candidate->postings->len);
          for (guint p = 0; p < candidate->postings->len; p++)
            {
              Posting *posting = &g_array_index (candidate->postings, Posting, p);
              float score = quality * posting->weight * rarity;

              best[posting->topic] = MAX (best[posting->topic], score);
            }
        }

      for (guint t = 0; t < n_topics; t++)
        if (best[t] > 0)
          {
            totals[t] += best[t];
            matched[t]++;
          }
    }

  results = g_array_new (FALSE, FALSE, sizeof (Result));
  for (guint t = 0; t < n_topics; t++)
    {
      Result result = { t, 0 };
      float coverage;

      if (matched[t] == 0)
        continue;

      coverage = (float) matched[t] / (float) words->len;
      result.score = totals[t] * coverage * coverage;

      /* the whole phrase in a name or synonym ("shoulder blade") counts most */
      for (guint i = 0; index->phrases[t].names[i] != NULL; i++)
        {
          const char *name = index->phrases[t].names[i];

          if (strcmp (name, phrase) == 0)
            {
              result.score += 40;
              break;
            }
          if (phrase_in (name, phrase) || (all_words->len > 1 && phrase_in (phrase, name)))
            {
              result.score += 20;
              break;
            }
        }
      if (all_words->len > 1 && phrase_in (index->phrases[t].summary, phrase))
        result.score += 8;

      /* pairs of query words side by side in the text ("shoulder blade") */
      for (guint i = 0; i < bigrams->len; i++)
        {
          const char *bigram = g_ptr_array_index (bigrams, i);

          if (phrase_in (index->phrases[t].summary, bigram))
            result.score += 4;
          else if (phrase_in (index->phrases[t].plain, bigram))
            result.score += 3;
        }

      g_array_append_val (results, result);
      top = MAX (top, result.score);
    }

  g_array_sort_with_data (results, compare_results, index->topics);

  /* The authors' links say what belongs together: topics the best results
   * link to ("shoulder blade pain" → the causes of pain there) move up, if
   * they match the query at all. */
  if (results->len > 1)
    {
      g_autofree float *boost = g_new0 (float, n_topics);
      g_autofree int *position = g_new (int, n_topics);

      for (guint t = 0; t < n_topics; t++)
        position[t] = -1;
      for (guint i = 0; i < results->len; i++)
        position[g_array_index (results, Result, i).topic] = (int) i;

      for (guint i = 0; i < MIN (results->len, 3); i++)
        {
          Result *linker = &g_array_index (results, Result, i);
          DorsalTopic *topic = g_ptr_array_index (index->topics, linker->topic);

          for (guint j = 0; topic->related[j] != NULL; j++)
            {
              guint t = GPOINTER_TO_UINT (g_hash_table_lookup (index->by_id, topic->related[j]));

              if (t > 0 && position[t - 1] >= 0)
                boost[t - 1] = MAX (boost[t - 1], linker->score * 0.35f);
            }
        }

      for (guint i = 0; i < results->len; i++)
        {
          Result *result = &g_array_index (results, Result, i);

          result->score += boost[result->topic];
          top = MAX (top, result->score);
        }

      g_array_sort_with_data (results, compare_results, index->topics);
    }

  for (guint i = 0; i < results->len; i++)
    {
      Result *result = &g_array_index (results, Result, i);

      /* a long tail of topics that merely mention a word helps nobody */
      if (result->score < top * 0.08f || list->len >= 40)
        break;
      g_ptr_array_add (list, dorsal_topic_ref (g_ptr_array_index (index->topics, result->topic)));
    }

  return list;
}
