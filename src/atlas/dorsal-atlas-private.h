/* dorsal-atlas-private.h: what the atlas loader, its search and its topics share
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "dorsal-atlas.h"

G_BEGIN_DECLS

typedef struct
{
  const char  *view;   /* interned */
  GStrv        ids;
  int          line;
} DorsalTopicShow;

typedef struct
{
  char        *title;
  char        *publisher;
} DorsalTopicSource;

struct _DorsalTopic
{
  gatomicrefcount ref_count;

  char            *id;
  DorsalTopicKind  kind;
  char            *title;     /* all text translated, whitespace normalised */
  char            *label;     /* NULL: the title */
  char            *summary;
  GStrv            plain;
  GStrv            clinical;
  GArray          *shows;     /* DorsalTopicShow */
  GStrv            related;
  int              related_line;
  GStrv            synonyms;
  GArray          *sources;   /* DorsalTopicSource */

  const char      *file;      /* interned base name */
  int              line;
};

DorsalTopic *_dorsal_topic_new               (void);

/* search index, dorsal-atlas-search.c */
typedef struct _DorsalSearchIndex DorsalSearchIndex;

DorsalSearchIndex *_dorsal_search_index_new  (GPtrArray         *topics);
void               _dorsal_search_index_free (DorsalSearchIndex *index);
GPtrArray         *_dorsal_search_index_run  (DorsalSearchIndex *index,
                                              const char        *query);
char              *_dorsal_search_fold       (const char        *text);
guint              _dorsal_search_distance   (const char        *a,
                                              const char        *b,
                                              guint              max);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DorsalSearchIndex, _dorsal_search_index_free)

G_END_DECLS
