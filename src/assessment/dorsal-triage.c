/* dorsal-triage.c: the self-assessment engine, read from data (no question known by name)
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-triage.h"

#include <string.h>
#include <glib/gi18n-lib.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>

#include "dorsal-resources.h"
#include "dorsal-xml.h"

/* Person-facing texts are stored as written in the file, whitespace folded the
 * way xgettext folds it, and translated when asked for, with the context the
 * ITS rules give them (data/its/dorsal.its): the id of their level, question or
 * rule, the answer of an answer rule, or "notice". */
#define TR(context, s) ((s) != NULL ? g_dpgettext2 (GETTEXT_PACKAGE, (context), (s)) : NULL)

struct _DorsalLevel
{
  char     *id;
  guint     rank;
  gboolean  interrupts;
  char     *title;
  char     *action;
  char     *why;
  char     *if_worse;
};

struct _DorsalQuestion
{
  char               *id;
  guint               index;
  DorsalQuestionKind  kind;
  gboolean            optional;
  char               *text;
  char               *why;
  char               *source;
  char               *explanation;
  char               *topic;
  const DorsalLevel  *yes_level;
  GStrv               values;
  GStrv               labels;     /* NULL entries use the built-in label */
  guint               min;
  guint               max;
  guint               max_digits;
};

typedef enum
{
  WHEN_IN,
  WHEN_GREATER_THAN,
  WHEN_AT_LEAST,
} WhenOp;

typedef struct
{
  const DorsalQuestion *question;
  WhenOp                op;
  GStrv                 in;
  gint64                number;
} When;

struct _DorsalRule
{
  char              *id;
  const DorsalLevel *level;
  char              *topic;
  char              *why;
  char              *source;
  char              *explanation;
  GPtrArray         *cases;       /* of GArray of When */
};

typedef struct
{
  char  *answer;
  guint  step;
  char  *why;
  char  *source;
  char  *note;
} AnswerRule;

struct _DorsalTriage
{
  GObject     parent_instance;

  char       *notice;
  GPtrArray  *levels;
  GPtrArray  *questions;
  GPtrArray  *rules;
  GPtrArray  *answer_rules;
  GHashTable *level_by_id;
  GHashTable *question_by_id;
  GHashTable *rule_by_id;
};

G_DEFINE_FINAL_TYPE (DorsalTriage, dorsal_triage, G_TYPE_OBJECT)

G_DEFINE_QUARK (dorsal-triage-error-quark, dorsal_triage_error)

static const char * const yesno_values[] = { "yes", "no", "not-sure", NULL };
#define UNKNOWN_VALUE "unknown"

static void
level_free (DorsalLevel *level)
{
  g_free (level->id);
  g_free (level->title);
  g_free (level->action);
  g_free (level->why);
  g_free (level->if_worse);
  g_free (level);
}

static void
question_free (DorsalQuestion *question)
{
  g_free (question->id);
  g_free (question->text);
  g_free (question->why);
  g_free (question->source);
  g_free (question->explanation);
  g_free (question->topic);
  g_strfreev (question->values);
  g_strfreev (question->labels);
  g_free (question);
}

static void
when_clear (When *when)
{
  g_clear_pointer (&when->in, g_strfreev);
}

static void
rule_free (DorsalRule *rule)
{
  g_free (rule->id);
  g_free (rule->topic);
  g_free (rule->why);
  g_free (rule->source);
  g_free (rule->explanation);
  g_ptr_array_unref (rule->cases);
  g_free (rule);
}

static void
answer_rule_free (AnswerRule *rule)
{
  g_free (rule->answer);
  g_free (rule->why);
  g_free (rule->source);
  g_free (rule->note);
  g_free (rule);
}

static void
dorsal_triage_finalize (GObject *object)
{
  DorsalTriage *self = DORSAL_TRIAGE (object);

  g_clear_pointer (&self->level_by_id, g_hash_table_unref);
  g_clear_pointer (&self->question_by_id, g_hash_table_unref);
  g_clear_pointer (&self->rule_by_id, g_hash_table_unref);
  g_clear_pointer (&self->rules, g_ptr_array_unref);
  g_clear_pointer (&self->answer_rules, g_ptr_array_unref);
  g_clear_pointer (&self->questions, g_ptr_array_unref);
  g_clear_pointer (&self->levels, g_ptr_array_unref);
  g_clear_pointer (&self->notice, g_free);

  G_OBJECT_CLASS (dorsal_triage_parent_class)->finalize (object);
}

static void
dorsal_triage_class_init (DorsalTriageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dorsal_triage_finalize;
}

static void
dorsal_triage_init (DorsalTriage *self)
{
  self->levels = g_ptr_array_new_with_free_func ((GDestroyNotify) level_free);
  self->questions = g_ptr_array_new_with_free_func ((GDestroyNotify) question_free);
  self->rules = g_ptr_array_new_with_free_func ((GDestroyNotify) rule_free);
  self->answer_rules = g_ptr_array_new_with_free_func ((GDestroyNotify) answer_rule_free);
  self->level_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->question_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->rule_by_id = g_hash_table_new (g_str_hash, g_str_equal);
}

/* Loading */

typedef struct
{
  const char *name;
  GError     *error;
} Loader;

static void set_error (Loader     *loader,
                       gint        code,
                       long        line,
                       const char *format,
                       ...) G_GNUC_PRINTF (4, 5);

static void
set_error (Loader     *loader,
           gint        code,
           long        line,
           const char *format,
           ...)
{
  g_autofree char *message = NULL;
  va_list args;

  if (loader->error != NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_strchomp (message);
  if (line > 0)
    loader->error = g_error_new (DORSAL_TRIAGE_ERROR, code, "%s:%ld: %s",
                                 loader->name, line, message);
  else
    loader->error = g_error_new (DORSAL_TRIAGE_ERROR, code, "%s: %s",
                                 loader->name, message);
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && strcmp ((const char *) node->name, name) == 0;
}

static xmlNode *
first_element (xmlNode *node)
{
  for (; node != NULL; node = node->next)
    if (node->type == XML_ELEMENT_NODE)
      return node;
  return NULL;
}

static xmlNode *
next_element (xmlNode *node)
{
  return first_element (node->next);
}

static char *
child_text (Loader     *loader,
            xmlNode    *parent,
            const char *name)
{
  for (xmlNode *child = first_element (parent->children);
       child != NULL;
       child = next_element (child))
    if (is_element (child, name))
      {
        char *text = dorsal_xml_get_text (child);

        if (*text == '\0')
          set_error (loader, DORSAL_TRIAGE_ERROR_INVALID, xmlGetLineNo (child),
                     "<%s> is empty", name);
        return text;
      }
  return NULL;
}

static gboolean
parse_uint (const char *text,
            guint      *out)
{
  guint64 value;

  if (text == NULL || !g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT, &value, NULL))
    return FALSE;
  *out = (guint) value;
  return TRUE;
}

static void
load_levels (DorsalTriage *self,
             Loader       *loader,
             xmlNode      *parent)
{
  for (xmlNode *node = first_element (parent->children); node != NULL; node = next_element (node))
    {
      DorsalLevel *level = g_new0 (DorsalLevel, 1);
      g_autofree char *interrupt = dorsal_xml_get_attribute (node, "interrupt");

      level->id = dorsal_xml_get_attribute (node, "id");
      level->rank = self->levels->len;
      level->interrupts = g_strcmp0 (interrupt, "true") == 0 || g_strcmp0 (interrupt, "1") == 0;
      level->title = child_text (loader, node, "title");
      level->action = child_text (loader, node, "action");
      level->why = child_text (loader, node, "why");
      level->if_worse = child_text (loader, node, "if-worse");
      g_ptr_array_add (self->levels, level);

      if (!g_hash_table_insert (self->level_by_id, level->id, level))
        set_error (loader, DORSAL_TRIAGE_ERROR_INVALID, xmlGetLineNo (node),
                   "level “%s” is defined twice", level->id);
    }
}

static const DorsalLevel *
resolve_level (DorsalTriage *self,
               Loader       *loader,
               xmlNode      *node,
               const char   *attribute)
{
  g_autofree char *id = dorsal_xml_get_attribute (node, attribute);
  const DorsalLevel *level = g_hash_table_lookup (self->level_by_id, id);

  if (level == NULL)
    set_error (loader, DORSAL_TRIAGE_ERROR_INVALID, xmlGetLineNo (node),
               "%s “%s” is not a level of this file", attribute, id);
  return level;
}

static guint
count_digits (guint value)
{
  guint digits = 1;

  while (value >= 10)
    {
      value /= 10;
      digits++;
    }
  return digits;
}

static void
load_question (DorsalTriage *self,
               Loader       *loader,
               xmlNode      *node)
{
  DorsalQuestion *question = g_new0 (DorsalQuestion, 1);
  g_autofree char *kind = dorsal_xml_get_attribute (node, "kind");
  g_autofree char *optional = dorsal_xml_get_attribute (node, "optional");
  long line = xmlGetLineNo (node);

  question->id = dorsal_xml_get_attribute (node, "id");
  question->index = self->questions->len;
  question->optional = g_strcmp0 (optional, "true") == 0 || g_strcmp0 (optional, "1") == 0;
  question->topic = dorsal_xml_get_attribute (node, "topic");
  question->text = child_text (loader, node, "text");
  question->why = child_text (loader, node, "why");
  question->source = child_text (loader, node, "source");
  question->explanation = child_text (loader, node, "explanation");
  g_ptr_array_add (self->questions, question);

  if (!g_hash_table_insert (self->question_by_id, question->id, question))
    set_error (loader, DORSAL_TRIAGE_ERROR_INVALID, line,
               "question “%s” is defined twice", question->id);

  if (g_strcmp0 (kind, "yesno") == 0)
    {
      question->kind = DORSAL_QUESTION_YESNO;
      question->values = g_strdupv ((char **) yesno_values);
      question->labels = g_new0 (char *, G_N_ELEMENTS (yesno_values));
      question->yes_level = resolve_level (self, loader, node, "yes-level");
    }
  else if (g_strcmp0 (kind, "number") == 0)
    {
      g_autofree char *min = dorsal_xml_get_attribute (node, "min");
      g_autofree char *max = dorsal_xml_get_attribute (node, "max");

      question->kind = DORSAL_QUESTION_NUMBER;
      question->values = g_new0 (char *, 2);
      question->values[0] = g_strdup (UNKNOWN_VALUE);
      question->labels = g_new0 (char *, 2);
      question->labels[0] = child_text (loader, node, "unknown");
      if (!parse_uint (min, &question->min) || !parse_uint (max, &question->max)
          || question->min > question->max)
        set_error (loader, DORSAL_TRIAGE_ERROR_INVALID, line,
                   "question “%s” needs whole numbers with min <= max", question->id);
      question->max_digits = count_digits (question->max);
    }
  else
    {
      GPtrArray *values = g_ptr_array_new ();
      GPtrArray *labels = g_ptr_array_new ();

      question->kind = g_strcmp0 (kind, "zones") == 0 ? DORSAL_QUESTION_ZONES
                                                      : DORSAL_QUESTION_CHOICE;
      for (xmlNode *child = first_element (node->children);
           child != NULL;
           child = next_element (child))
        {
          char *value;

          if (!is_element (child, "choice"))
            continue;
          value = dorsal_xml_get_attribute (child, "value");
          for (guint i = 0; i < values->len; i++)
            if (g_strcmp0 (values->pdata[i], value) == 0)
              set_error (loader, DORSAL_TRIAGE_ERROR_INVALID, xmlGetLineNo (child),
                         "value “%s” is listed twice", value);
          g_ptr_array_add (values, value);
          g_ptr_array_add (labels, dorsal_xml_get_text (child));
        }
      g_ptr_array_add (values, NULL);
      g_ptr_array_add (labels, NULL);
      question->values = (GStrv) g_ptr_array_free (values, FALSE);
      question->labels = (GStrv) g_ptr_array_free (labels, FALSE);
    }
}

static void
load_when (DorsalTriage *self,
           Loader       *loader,
           xmlNode      *node,
           GArray       *whens)
{
  g_autofree char *question_id = dorsal_xml_get_attribute (node, "question");
  g_autofree char *in = dorsal_xml_get_attribute (node, "in");
  g_autofree char *greater_than = dorsal_xml_get_attribute (node, "greater-than");
  g_autofree char *at_least = dorsal_xml_get_attribute (node, "at-least");
  long line = xmlGetLineNo (node);
  When when = { NULL, };

  when.question = g_hash_table_lookup (self->question_by_id, question_id);
  if (when.question == NULL)
    {
      set_error (loader, DORSAL_TRIAGE_ERROR_INVALID, line,
                 "question “%s” is not a question of this file", question_id);
      return;
    }

  if (in != NULL)
    {
      when.op = WHEN_IN;
      when.in = g_strsplit_set (g_strstrip (in), " \t\n\r", -1);
      if (when.question->kind != DORSAL_QUESTION_CHOICE
          && when.question->kind != DORSAL_QUESTION_YESNO)
        set_error (loader, DORSAL_TRIAGE_ERROR_INVALID, line,
                   "in=\"…\" needs a yes/no or choice question, not “%s”", question_id);
      for (guint i = 0; when.in[i] != NULL; i++)
        if (*when.in[i] != '\0'
            && !g_strv_contains ((const char * const *) when.question->values, when.in[i]))
          set_error (loader, DORSAL_TRIAGE_ERROR_INVALID, line,
                     "“%s” is not an answer of question “%s”", when.in[i], question_id);
    }
  else
    {
      const char *number = greater_than != NULL ? greater_than : at_least;

      when.op = greater_than != NULL ? WHEN_GREATER_THAN : WHEN_AT_LEAST;
      if (when.question->kind != DORSAL_QUESTION_NUMBER)
        set_error (loader, DORSAL_TRIAGE_ERROR_INVALID, line,
                   "a number comparison needs a number question, not “%s”", question_id);
      if (number == NULL || !g_ascii_string_to_signed (number, 10, G_MININT, G_MAXINT,
                                                        &when.number, NULL))
        set_error (loader, DORSAL_TRIAGE_ERROR_INVALID, line, "“%s” is not a whole number",
                   number != NULL ? number : "");
    }

  g_array_append_val (whens, when);
}

static void
load_rule (DorsalTriage *self,
           Loader       *loader,
           xmlNode      *node)
{
  DorsalRule *rule = g_new0 (DorsalRule, 1);
  long line = xmlGetLineNo (node);

  rule->id = dorsal_xml_get_attribute (node, "id");
  rule->topic = dorsal_xml_get_attribute (node, "topic");
  rule->level = resolve_level (self, loader, node, "level");
  rule->why = child_text (loader, node, "why");
  rule->source = child_text (loader, node, "source");
  rule->explanation = child_text (loader, node, "explanation");
  rule->cases = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  g_ptr_array_add (self->rules, rule);

  /* Reasons name questions and rules alike, so they share one name space. */
  if (g_hash_table_contains (self->question_by_id, rule->id)
      || !g_hash_table_insert (self->rule_by_id, rule->id, rule))
    set_error (loader, DORSAL_TRIAGE_ERROR_INVALID, line,
               "rule id “%s” is already used", rule->id);

  for (xmlNode *child = first_element (node->children); child != NULL; child = next_element (child))
    {
      GArray *whens;

      if (!is_element (child, "case"))
        continue;
      whens = g_array_new (FALSE, TRUE, sizeof (When));
      g_array_set_clear_func (whens, (GDestroyNotify) when_clear);
      g_ptr_array_add (rule->cases, whens);
      for (xmlNode *w = first_element (child->children); w != NULL; w = next_element (w))
        load_when (self, loader, w, whens);
    }
}

static void
load_answer_rule (DorsalTriage *self,
                  Loader       *loader,
                  xmlNode      *node)
{
  AnswerRule *rule = g_new0 (AnswerRule, 1);
  g_autofree char *step = dorsal_xml_get_attribute (node, "step");

  rule->answer = dorsal_xml_get_attribute (node, "answer");
  rule->why = child_text (loader, node, "why");
  rule->source = child_text (loader, node, "source");
  rule->note = child_text (loader, node, "note");
  if (!parse_uint (step, &rule->step))
    set_error (loader, DORSAL_TRIAGE_ERROR_INVALID, xmlGetLineNo (node),
               "step “%s” is not a whole number", step);

  for (guint i = 0; i < self->answer_rules->len; i++)
    if (g_strcmp0 (((AnswerRule *) self->answer_rules->pdata[i])->answer, rule->answer) == 0)
      set_error (loader, DORSAL_TRIAGE_ERROR_INVALID, xmlGetLineNo (node),
                 "answer “%s” has two rules", rule->answer);
  g_ptr_array_add (self->answer_rules, rule);
}

static void
load_document (DorsalTriage *self,
               Loader       *loader,
               xmlNode      *root)
{
  for (xmlNode *node = first_element (root->children); node != NULL; node = next_element (node))
    {
      if (is_element (node, "notice"))
        self->notice = dorsal_xml_get_text (node);
      else if (is_element (node, "levels"))
        load_levels (self, loader, node);
      else if (is_element (node, "questions"))
        {
          for (xmlNode *q = first_element (node->children); q != NULL; q = next_element (q))
            load_question (self, loader, q);
        }
      else if (is_element (node, "rules"))
        {
          for (xmlNode *r = first_element (node->children); r != NULL; r = next_element (r))
            {
              if (is_element (r, "answer-rule"))
                load_answer_rule (self, loader, r);
              else
                load_rule (self, loader, r);
            }
        }
    }

  if (self->levels->len < 2)
    set_error (loader, DORSAL_TRIAGE_ERROR_INVALID, xmlGetLineNo (root),
               "at least two levels are needed");
}

static gboolean
validate (Loader *loader,
          xmlDoc *doc)
{
  g_autofree char *message = NULL;
  long line;

  if (dorsal_xml_validate (doc, "content/assessment.rng", &line, &message))
    return TRUE;

  set_error (loader, DORSAL_TRIAGE_ERROR_SCHEMA, line, "%s", message);
  return FALSE;
}

/**
 * dorsal_triage_new_from_file:
 * @file: an assessment file, such as data/content/assessment.xml
 * @error: where to put a `file:line: message` error (#DORSAL_TRIAGE_ERROR)
 *
 * Reads and checks the file against the bundled assessment.rng, then checks
 * what a schema cannot: every level, question and value it refers to exists,
 * and no id is used twice.
 *
 * Returns: (transfer full): the triage, or %NULL with @error set
 */
DorsalTriage *
dorsal_triage_new_from_file (GFile   *file,
                             GError **error)
{
  g_autoptr(DorsalTriage) self = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *name = NULL;
  Loader loader = { NULL, NULL };
  g_autofree char *parse_message = NULL;
  int parse_line;
  xmlDoc *doc;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  name = g_file_get_parse_name (file);
  loader.name = name;

  bytes = g_file_load_bytes (file, NULL, NULL, &local_error);
  if (bytes == NULL)
    {
      g_set_error (error, DORSAL_TRIAGE_ERROR, DORSAL_TRIAGE_ERROR_READ,
                   "%s: %s", name, local_error->message);
      return NULL;
    }

  doc = dorsal_xml_parse (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), name, "UTF-8",
                          &parse_line, &parse_message);
  if (doc == NULL)
    {
      set_error (&loader, DORSAL_TRIAGE_ERROR_PARSE, parse_line, "%s", parse_message);
      g_propagate_error (error, loader.error);
      return NULL;
    }

  if (validate (&loader, doc))
    {
      self = g_object_new (DORSAL_TYPE_TRIAGE, NULL);
      load_document (self, &loader, xmlDocGetRootElement (doc));
    }
  xmlFreeDoc (doc);

  if (loader.error != NULL)
    {
      g_propagate_error (error, loader.error);
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * dorsal_triage_new_default:
 * @error: where to put an error
 *
 * Loads `assessment.xml` from `dorsal_content_file()`: the bundled copy, or
 * the one in `DORSAL_CONTENT_DIR`.
 *
 * Returns: (transfer full): the triage, or %NULL with @error set
 */
DorsalTriage *
dorsal_triage_new_default (GError **error)
{
  g_autoptr(GFile) file = dorsal_content_file ("assessment.xml");

  return dorsal_triage_new_from_file (file, error);
}

/* Accessors */

const char *
dorsal_triage_get_notice (DorsalTriage *self)
{
  g_return_val_if_fail (DORSAL_IS_TRIAGE (self), NULL);
  return TR ("notice", self->notice);
}

static const AnswerRule *
find_answer_rule (DorsalTriage *self,
                  const char   *answer)
{
  for (guint i = 0; i < self->answer_rules->len; i++)
    {
      const AnswerRule *rule = self->answer_rules->pdata[i];

      if (g_strcmp0 (rule->answer, answer) == 0)
        return rule;
    }
  return NULL;
}

/**
 * dorsal_triage_get_answer_note:
 * @answer: a yes/no answer, such as "not-sure"
 *
 * Returns: (nullable): the line shown under a reason reached by this answer
 *   ("if you find that you do have this, treat it as a yes"), or %NULL
 */
const char *
dorsal_triage_get_answer_note (DorsalTriage *self,
                               const char   *answer)
{
  const AnswerRule *rule;

  g_return_val_if_fail (DORSAL_IS_TRIAGE (self), NULL);

  rule = find_answer_rule (self, answer);
  return rule != NULL ? TR (rule->answer, rule->note) : NULL;
}

guint
dorsal_triage_get_n_levels (DorsalTriage *self)
{
  g_return_val_if_fail (DORSAL_IS_TRIAGE (self), 0);
  return self->levels->len;
}

const DorsalLevel *
dorsal_triage_get_level (DorsalTriage *self,
                         guint         rank)
{
  g_return_val_if_fail (DORSAL_IS_TRIAGE (self), NULL);
  g_return_val_if_fail (rank < self->levels->len, NULL);
  return self->levels->pdata[rank];
}

const DorsalLevel *
dorsal_triage_find_level (DorsalTriage *self,
                          const char   *id)
{
  g_return_val_if_fail (DORSAL_IS_TRIAGE (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->level_by_id, id) : NULL;
}

guint
dorsal_triage_get_n_questions (DorsalTriage *self)
{
  g_return_val_if_fail (DORSAL_IS_TRIAGE (self), 0);
  return self->questions->len;
}

const DorsalQuestion *
dorsal_triage_get_question (DorsalTriage *self,
                            guint         index)
{
  g_return_val_if_fail (DORSAL_IS_TRIAGE (self), NULL);
  g_return_val_if_fail (index < self->questions->len, NULL);
  return self->questions->pdata[index];
}

const DorsalQuestion *
dorsal_triage_find_question (DorsalTriage *self,
                             const char   *id)
{
  g_return_val_if_fail (DORSAL_IS_TRIAGE (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->question_by_id, id) : NULL;
}

guint
dorsal_triage_get_n_rules (DorsalTriage *self)
{
  g_return_val_if_fail (DORSAL_IS_TRIAGE (self), 0);
  return self->rules->len;
}

const DorsalRule *
dorsal_triage_get_rule (DorsalTriage *self,
                        guint         index)
{
  g_return_val_if_fail (DORSAL_IS_TRIAGE (self), NULL);
  g_return_val_if_fail (index < self->rules->len, NULL);
  return self->rules->pdata[index];
}

const DorsalRule *
dorsal_triage_find_rule (DorsalTriage *self,
                         const char   *id)
{
  g_return_val_if_fail (DORSAL_IS_TRIAGE (self), NULL);
  return id != NULL ? g_hash_table_lookup (self->rule_by_id, id) : NULL;
}

const char *
dorsal_level_get_id (const DorsalLevel *level)
{
  g_return_val_if_fail (level != NULL, NULL);
  return level->id;
}

guint
dorsal_level_get_rank (const DorsalLevel *level)
{
  g_return_val_if_fail (level != NULL, 0);
  return level->rank;
}

gboolean
dorsal_level_get_interrupts (const DorsalLevel *level)
{
  g_return_val_if_fail (level != NULL, FALSE);
  return level->interrupts;
}

const char *
dorsal_level_get_title (const DorsalLevel *level)
{
  g_return_val_if_fail (level != NULL, NULL);
  return TR (level->id, level->title);
}

const char *
dorsal_level_get_action (const DorsalLevel *level)
{
  g_return_val_if_fail (level != NULL, NULL);
  return TR (level->id, level->action);
}

const char *
dorsal_level_get_why (const DorsalLevel *level)
{
  g_return_val_if_fail (level != NULL, NULL);
  return TR (level->id, level->why);
}

const char *
dorsal_level_get_if_worse (const DorsalLevel *level)
{
  g_return_val_if_fail (level != NULL, NULL);
  return TR (level->id, level->if_worse);
}


const char *
dorsal_question_get_id (const DorsalQuestion *question)
{
  g_return_val_if_fail (question != NULL, NULL);
  return question->id;
}

DorsalQuestionKind
dorsal_question_get_kind (const DorsalQuestion *question)
{
  g_return_val_if_fail (question != NULL, 0);
  return question->kind;
}

gboolean
dorsal_question_get_optional (const DorsalQuestion *question)
{
  g_return_val_if_fail (question != NULL, FALSE);
  return question->optional;
}

const char *
dorsal_question_get_text (const DorsalQuestion *question)
{
  g_return_val_if_fail (question != NULL, NULL);
  return TR (question->id, question->text);
}

const char *
dorsal_question_get_why (const DorsalQuestion *question)
{
  g_return_val_if_fail (question != NULL, NULL);
  return TR (question->id, question->why);
}

const char *
dorsal_question_get_source (const DorsalQuestion *question)
{
  g_return_val_if_fail (question != NULL, NULL);
  return TR (question->id, question->source);
}

const char *
dorsal_question_get_explanation (const DorsalQuestion *question)
{
  g_return_val_if_fail (question != NULL, NULL);
  return TR (question->id, question->explanation);
}

const char *
dorsal_question_get_topic (const DorsalQuestion *question)
{
  g_return_val_if_fail (question != NULL, NULL);
  return question->topic;
}

const DorsalLevel *
dorsal_question_get_yes_level (const DorsalQuestion *question)
{
  g_return_val_if_fail (question != NULL, NULL);
  return question->yes_level;
}

guint
dorsal_question_get_min (const DorsalQuestion *question)
{
  g_return_val_if_fail (question != NULL, 0);
  return question->min;
}

guint
dorsal_question_get_max (const DorsalQuestion *question)
{
  g_return_val_if_fail (question != NULL, 0);
  return question->max;
}


/**
 * dorsal_question_get_values:
 *
 * Returns: (transfer none): the answers a yes/no, choice or zones question
 *   takes, in order; for a number question, the one word it takes besides
 *   numbers ("unknown")
 */
const char * const *
dorsal_question_get_values (const DorsalQuestion *question)
{
  return (const char * const *) question->values;
}

/**
 * dorsal_question_get_value_label:
 * @value: one of dorsal_question_get_values()
 *
 * Returns: (nullable): the translated label a person chooses
 */
const char *
dorsal_question_get_value_label (const DorsalQuestion *question,
                                 const char           *value)
{
  for (guint i = 0; question->values[i] != NULL; i++)
    {
      if (g_strcmp0 (question->values[i], value) != 0)
        continue;
      if (question->labels[i] != NULL)
        return TR (question->id, question->labels[i]);
      if (question->kind == DORSAL_QUESTION_YESNO)
        {
          /* The three answers of every yes/no question belong to the engine. */
          const char *yesno_labels[] = { N_("Yes"), N_("No"), N_("Not sure") };

          return _(yesno_labels[i]);
        }
      return value;
    }
  return NULL;
}

const char *
dorsal_rule_get_id (const DorsalRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);
  return rule->id;
}

const DorsalLevel *
dorsal_rule_get_level (const DorsalRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);
  return rule->level;
}

const char *
dorsal_rule_get_topic (const DorsalRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);
  return rule->topic;
}

const char *
dorsal_rule_get_why (const DorsalRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);
  return TR (rule->id, rule->why);
}

const char *
dorsal_rule_get_source (const DorsalRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);
  return TR (rule->id, rule->source);
}

const char *
dorsal_rule_get_explanation (const DorsalRule *rule)
{
  g_return_val_if_fail (rule != NULL, NULL);
  return TR (rule->id, rule->explanation);
}


/* Answers */

struct _DorsalAnswers
{
  GHashTable *values;
};

G_DEFINE_BOXED_TYPE (DorsalAnswers, dorsal_answers, dorsal_answers_copy, dorsal_answers_free)

DorsalAnswers *
dorsal_answers_new (void)
{
  DorsalAnswers *self = g_new0 (DorsalAnswers, 1);

  self->values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  return self;
}

DorsalAnswers *
dorsal_answers_copy (DorsalAnswers *self)
{
  DorsalAnswers *copy;
  GHashTableIter iter;
  gpointer key, value;

  g_return_val_if_fail (self != NULL, NULL);

  copy = dorsal_answers_new ();
  g_hash_table_iter_init (&iter, self->values);
  while (g_hash_table_iter_next (&iter, &key, &value))
    g_hash_table_insert (copy->values, g_strdup (key), g_strdup (value));
  return copy;
}

void
dorsal_answers_free (DorsalAnswers *self)
{
  if (self == NULL)
    return;
  g_hash_table_unref (self->values);
  g_free (self);
}

/**
 * dorsal_answers_set:
 * @question_id: a question id
 * @value: (nullable): the answer, as dorsal_triage_check_answer() accepts it;
 *   %NULL unsets it
 *
 * Stores the answer as given. An answer the question does not allow counts
 * as no answer when evaluated (and keeps the outcome incomplete).
 */
void
dorsal_answers_set (DorsalAnswers *self,
                    const char    *question_id,
                    const char    *value)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (question_id != NULL);

  if (value == NULL)
    g_hash_table_remove (self->values, question_id);
  else
    g_hash_table_insert (self->values, g_strdup (question_id), g_strdup (value));
}

const char *
dorsal_answers_get (DorsalAnswers *self,
                    const char    *question_id)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (question_id != NULL, NULL);
  return g_hash_table_lookup (self->values, question_id);
}

void
dorsal_answers_unset (DorsalAnswers *self,
                      const char    *question_id)
{
  dorsal_answers_set (self, question_id, NULL);
}

void
dorsal_answers_clear (DorsalAnswers *self)
{
  g_return_if_fail (self != NULL);
  g_hash_table_remove_all (self->values);
}

/* Checking answers */

static gboolean
parse_number (const DorsalQuestion *question,
              const char           *value,
              guint                *out)
{
  guint64 number = 0;
  gsize len = strlen (value);

  if (len == 0 || len > question->max_digits)
    return FALSE;
  for (gsize i = 0; i < len; i++)
    {
      if (!g_ascii_isdigit (value[i]))
        return FALSE;
      number = number * 10 + (guint64) (value[i] - '0');
    }
  if (number < question->min || number > question->max)
    return FALSE;
  *out = (guint) number;
  return TRUE;
}

static char *
join_values (const DorsalQuestion *question)
{
  return g_strjoinv (", ", question->values);
}

static gboolean
check_value (const DorsalQuestion  *question,
             const char            *value,
             GError               **error)
{
  g_autofree char *allowed = NULL;
  guint number;

  switch (question->kind)
    {
    case DORSAL_QUESTION_NUMBER:
      if (strcmp (value, UNKNOWN_VALUE) == 0 || parse_number (question, value, &number))
        return TRUE;
      g_set_error (error, DORSAL_TRIAGE_ERROR, DORSAL_TRIAGE_ERROR_ANSWER,
                   "%s: “%s” is not allowed; allowed values: a whole number from %u to %u "
                   "(%u digits at most, no sign), or %s",
                   question->id, value, question->min, question->max,
                   question->max_digits, UNKNOWN_VALUE);
      return FALSE;

    case DORSAL_QUESTION_ZONES:
      {
        g_autofree char *list = g_strstrip (g_strdup (value));
        g_auto(GStrv) zones = NULL;
        gsize len = strlen (list);

        /* empty means no zones; one trailing ';' is ignored */
        if (len > 0 && list[len - 1] == ';')
          list[len - 1] = '\0';
        if (*g_strstrip (list) == '\0')
          return TRUE;

        zones = g_strsplit (list, ";", -1);
        for (guint i = 0; zones[i] != NULL; i++)
          {
            const char *zone = g_strstrip (zones[i]);

            if (!g_strv_contains ((const char * const *) question->values, zone))
              {
                allowed = join_values (question);
                g_set_error (error, DORSAL_TRIAGE_ERROR, DORSAL_TRIAGE_ERROR_ANSWER,
                             "%s: “%s” is not allowed; allowed values: none, or some of %s "
                             "separated by ‘;’",
                             question->id, zone, allowed);
                return FALSE;
              }
          }
        return TRUE;
      }

    case DORSAL_QUESTION_YESNO:
    case DORSAL_QUESTION_CHOICE:
    default:
      if (g_strv_contains ((const char * const *) question->values, value))
        return TRUE;
      allowed = join_values (question);
      g_set_error (error, DORSAL_TRIAGE_ERROR, DORSAL_TRIAGE_ERROR_ANSWER,
                   "%s: “%s” is not allowed; allowed values: %s", question->id, value, allowed);
      return FALSE;
    }
}

/**
 * dorsal_triage_check_answer:
 * @question_id: a question id
 * @value: an answer
 * @error: where to put a #DORSAL_TRIAGE_ERROR_ANSWER error naming the
 *   question and the allowed values
 *
 * A number question takes one to as many digits as its max has, no sign,
 * from min to max, or "unknown". A zones question takes its values joined
 * by ';': empty is allowed, a trailing ';' is ignored, and a value given
 * twice counts once.
 *
 * Returns: whether @value is an allowed answer to the question
 */
gboolean
dorsal_triage_check_answer (DorsalTriage  *self,
                            const char    *question_id,
                            const char    *value,
                            GError       **error)
{
  const DorsalQuestion *question;

  g_return_val_if_fail (DORSAL_IS_TRIAGE (self), FALSE);
  g_return_val_if_fail (question_id != NULL, FALSE);
  g_return_val_if_fail (value != NULL, FALSE);

  question = g_hash_table_lookup (self->question_by_id, question_id);
  if (question == NULL)
    {
      g_set_error (error, DORSAL_TRIAGE_ERROR, DORSAL_TRIAGE_ERROR_ANSWER,
                   "“%s” is not a question", question_id);
      return FALSE;
    }
  return check_value (question, value, error);
}

/* Evaluation */

typedef struct
{
  const DorsalQuestion *question;   /* a question reason, or */
  const DorsalRule     *rule;       /* a rule reason */
  const char           *answer;
  guint                 rank;
  gboolean              uncertain;
} Reason;

struct _DorsalOutcome
{
  DorsalTriage      *triage;
  const DorsalLevel *level;
  const char        *first_missing;
  GArray            *reasons;
};

G_DEFINE_BOXED_TYPE (DorsalOutcome, dorsal_outcome, dorsal_outcome_copy, dorsal_outcome_free)

static const char *
valid_answer (const DorsalQuestion *question,
              DorsalAnswers        *answers)
{
  const char *value = g_hash_table_lookup (answers->values, question->id);

  if (value == NULL || !check_value (question, value, NULL))
    return NULL;
  return value;
}

static gboolean
when_holds (const When    *when,
            DorsalAnswers *answers)
{
  const char *value = valid_answer (when->question, answers);
  guint number;

  if (value == NULL)
    return FALSE;

  switch (when->op)
    {
    case WHEN_IN:
      return g_strv_contains ((const char * const *) when->in, value);
    case WHEN_GREATER_THAN:
      return parse_number (when->question, value, &number) && (gint64) number > when->number;
    case WHEN_AT_LEAST:
      return parse_number (when->question, value, &number) && (gint64) number >= when->number;
    default:
      g_assert_not_reached ();
    }
}

static gboolean
rule_fires (const DorsalRule *rule,
            DorsalAnswers    *answers)
{
  for (guint c = 0; c < rule->cases->len; c++)
    {
      GArray *whens = rule->cases->pdata[c];
      gboolean all = whens->len > 0;

      for (guint w = 0; all && w < whens->len; w++)
        all = when_holds (&g_array_index (whens, When, w), answers);
      if (all)
        return TRUE;
    }
  return FALSE;
}

/**
 * dorsal_triage_evaluate:
 * @answers: the answers so far; any subset of the questions
 *
 * Applies the rules to the answers given so far: a question not answered
 * (or answered with a value it does not allow) reaches nothing, and a rule
 * that needs it does not fire, so more answers can only keep or raise the
 * level. The outcome says whether every required question was answered.
 *
 * Returns: (transfer full): the outcome
 */
DorsalOutcome *
dorsal_triage_evaluate (DorsalTriage  *self,
                        DorsalAnswers *answers)
{
  DorsalOutcome *outcome;
  g_autoptr(GArray) reached = NULL;
  guint none = 0;
  guint best;

  g_return_val_if_fail (DORSAL_IS_TRIAGE (self), NULL);
  g_return_val_if_fail (answers != NULL, NULL);

  none = self->levels->len - 1;
  best = none;
  reached = g_array_new (FALSE, TRUE, sizeof (Reason));
  outcome = g_new0 (DorsalOutcome, 1);
  outcome->triage = g_object_ref (self);
  outcome->reasons = g_array_new (FALSE, TRUE, sizeof (Reason));

  for (guint i = 0; i < self->questions->len; i++)
    {
      const DorsalQuestion *question = self->questions->pdata[i];
      const char *value = valid_answer (question, answers);
      const AnswerRule *rule;
      Reason reason = { question, NULL, value, 0, FALSE };

      if (value == NULL)
        {
          if (!question->optional && outcome->first_missing == NULL)
            outcome->first_missing = question->id;
          continue;
        }
      if (question->yes_level == NULL || (rule = find_answer_rule (self, value)) == NULL)
        continue;

      reason.rank = question->yes_level->rank + rule->step;
      reason.uncertain = rule->step > 0;
      if (reason.rank >= none)
        continue;
      g_array_append_val (reached, reason);
      best = MIN (best, reason.rank);
    }

  for (guint i = 0; i < self->rules->len; i++)
    {
      const DorsalRule *rule = self->rules->pdata[i];
      Reason reason = { NULL, rule, NULL, rule->level->rank, FALSE };

      if (reason.rank >= none || !rule_fires (rule, answers))
        continue;
      g_array_append_val (reached, reason);
      best = MIN (best, reason.rank);
    }

  outcome->level = self->levels->pdata[best];
  for (guint i = 0; i < reached->len; i++)
    if (g_array_index (reached, Reason, i).rank == best)
      g_array_append_val (outcome->reasons, g_array_index (reached, Reason, i));

  return outcome;
}

DorsalOutcome *
dorsal_outcome_copy (DorsalOutcome *self)
{
  DorsalOutcome *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_new0 (DorsalOutcome, 1);
  copy->triage = g_object_ref (self->triage);
  copy->level = self->level;
  copy->first_missing = self->first_missing;
  copy->reasons = g_array_copy (self->reasons);
  return copy;
}

void
dorsal_outcome_free (DorsalOutcome *self)
{
  if (self == NULL)
    return;
  g_array_unref (self->reasons);
  g_object_unref (self->triage);
  g_free (self);
}

/**
 * dorsal_outcome_get_level:
 *
 * Returns: (transfer none): the most urgent level any rule reaches; the last
 *   (least urgent) level when none does
 */
const DorsalLevel *
dorsal_outcome_get_level (DorsalOutcome *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->level;
}

/**
 * dorsal_outcome_get_complete:
 *
 * Returns: whether every question that is not optional had an allowed answer
 */
gboolean
dorsal_outcome_get_complete (DorsalOutcome *self)
{
  g_return_val_if_fail (self != NULL, FALSE);
  return self->first_missing == NULL;
}

/**
 * dorsal_outcome_interrupts:
 * @before: (nullable): the outcome before the latest answer; %NULL at the start
 *
 * The policy's interrupt: the emergency screen comes at once when an answer
 * makes the outcome rise to an interrupting level (emergency department, call
 * the emergency number) from any less urgent one. An answer that leaves the
 * level where it is does not interrupt again.
 *
 * Returns: whether to show the emergency screen now
 */
gboolean
dorsal_outcome_interrupts (DorsalOutcome *self,
                           DorsalOutcome *before)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (!self->level->interrupts)
    return FALSE;
  return before == NULL || self->level->rank < before->level->rank;
}

/**
 * dorsal_outcome_get_first_missing:
 *
 * Returns: (nullable): the id of the first required question, in question
 *   order, that has no allowed answer; %NULL when the outcome is complete
 */
const char *
dorsal_outcome_get_first_missing (DorsalOutcome *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->first_missing;
}

guint
dorsal_outcome_get_n_reasons (DorsalOutcome *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->reasons->len;
}

static const Reason *
get_reason (DorsalOutcome *self,
            guint          index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->reasons->len, NULL);
  return &g_array_index (self->reasons, Reason, index);
}

/**
 * dorsal_outcome_get_reason:
 * @index: a reason, from 0; questions in question order come first, then rules
 *
 * Returns: the id of the question or rule behind the reason
 */
const char *
dorsal_outcome_get_reason (DorsalOutcome *self,
                           guint          index)
{
  const Reason *reason = get_reason (self, index);

  if (reason == NULL)
    return NULL;
  return reason->question != NULL ? reason->question->id : reason->rule->id;
}

/**
 * dorsal_outcome_get_reason_question:
 *
 * Returns: (nullable): the question behind the reason, or %NULL for a rule
 */
const DorsalQuestion *
dorsal_outcome_get_reason_question (DorsalOutcome *self,
                                    guint          index)
{
  const Reason *reason = get_reason (self, index);

  return reason != NULL ? reason->question : NULL;
}

/**
 * dorsal_outcome_get_reason_rule:
 *
 * Returns: (nullable): the rule behind the reason, or %NULL for a question
 */
const DorsalRule *
dorsal_outcome_get_reason_rule (DorsalOutcome *self,
                                guint          index)
{
  const Reason *reason = get_reason (self, index);

  return reason != NULL ? reason->rule : NULL;
}

/**
 * dorsal_outcome_get_reason_uncertain:
 *
 * A reason reached by an uncertain answer ("not-sure") stands one or more
 * steps below its question's yes level; show it with
 * dorsal_triage_get_answer_note() and dorsal_question_get_yes_level().
 *
 * Returns: whether the answer reached less than the question's yes level
 */
gboolean
dorsal_outcome_get_reason_uncertain (DorsalOutcome *self,
                                     guint          index)
{
  const Reason *reason = get_reason (self, index);

  return reason != NULL && reason->uncertain;
}

/**
 * dorsal_outcome_to_string:
 *
 * Returns: (transfer full): the outcome as the command-line form prints it:
 *   an `[outcome]` key file with `level=` and `reasons=` (joined by ';')
 */
char *
dorsal_outcome_to_string (DorsalOutcome *self)
{
  GString *text;

  g_return_val_if_fail (self != NULL, NULL);

  text = g_string_new ("[outcome]\n");
  g_string_append_printf (text, "level=%s\nreasons=", self->level->id);
  for (guint i = 0; i < self->reasons->len; i++)
    {
      if (i > 0)
        g_string_append_c (text, ';');
      g_string_append (text, dorsal_outcome_get_reason (self, i));
    }
  g_string_append_c (text, '\n');
  return g_string_free (text, FALSE);
}
