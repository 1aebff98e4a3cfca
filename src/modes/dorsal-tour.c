/* dorsal-tour.c: the classroom tour: its steps from tour.xml and where the class is in it
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-tour.h"

#include "dorsal-modes-content.h"
#include "dorsal-xml.h"
#include "dorsal-resources.h"

typedef struct
{
  char  *id;
  char  *view;
  char  *title;
  char  *text;
  char **ids;
} Step;

struct _DorsalTour
{
  GObject parent_instance;

  GArray *steps;   /* of Step */
  guint   position;
};

G_DEFINE_FINAL_TYPE (DorsalTour, dorsal_tour, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_POSITION,
  PROP_N_STEPS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
step_clear (gpointer data)
{
  Step *step = data;

  g_free (step->id);
  g_free (step->view);
  g_free (step->title);
  g_free (step->text);
  g_strfreev (step->ids);
}

static gboolean
load_steps (DorsalTour  *self,
            xmlDoc      *doc,
            const char  *name,
            GError     **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  xmlNode *root = xmlDocGetRootElement (doc);

  for (xmlNode *node = root->children; node != NULL; node = node->next)
    {
      Step step = { NULL };

      if (!_dorsal_modes_content_node_is (node, "step"))
        continue;

      step.id = dorsal_xml_get_attribute (node, "id");
      step.view = dorsal_xml_get_attribute (node, "view");
      step.title = _dorsal_modes_content_text (_dorsal_modes_content_child (node, "title"), step.id);
      step.text = _dorsal_modes_content_text (_dorsal_modes_content_child (node, "plain"), step.id);
      step.ids = _dorsal_modes_content_ids (_dorsal_modes_content_child (node, "show"));
      g_array_append_val (self->steps, step);

      if (!g_hash_table_add (seen, step.id))
        {
          g_set_error (error, DORSAL_MODES_ERROR, DORSAL_MODES_ERROR_INVALID,
                       "%s:%d: a second step with the id “%s”", name,
                       (int) xmlGetLineNo (node), step.id);
          return FALSE;
        }
    }

  return TRUE;
}

/**
 * dorsal_tour_new_from_file:
 *
 * Returns: (transfer full): the tour in @file, or %NULL with @error set
 *   (naming the file and line) if it is unreadable or breaks tour.rng
 */
DorsalTour *
dorsal_tour_new_from_file (GFile   *file,
                           GError **error)
{
  g_autoptr(DorsalTour) self = NULL;
  g_autofree char *name = NULL;
  xmlDoc *doc;
  gboolean ok;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  doc = _dorsal_modes_content_load (file, "tour.rng", error);
  if (doc == NULL)
    return NULL;

  self = g_object_new (DORSAL_TYPE_TOUR, NULL);
  name = _dorsal_modes_content_name (file);
  ok = load_steps (self, doc, name, error);
  xmlFreeDoc (doc);

  return ok ? g_steal_pointer (&self) : NULL;
}

/**
 * dorsal_tour_load_default:
 *
 * Returns: (transfer full): the bundled tour (or `$DORSAL_CONTENT_DIR/tour.xml`)
 */
DorsalTour *
dorsal_tour_load_default (GError **error)
{
  g_autoptr(GFile) file = dorsal_content_file ("tour.xml");

  return dorsal_tour_new_from_file (file, error);
}

guint
dorsal_tour_get_n_steps (DorsalTour *self)
{
  g_return_val_if_fail (DORSAL_IS_TOUR (self), 0);

  return self->steps->len;
}

static Step *
get_step (DorsalTour *self,
          guint       step)
{
  return &g_array_index (self->steps, Step, step);
}

const char *
dorsal_tour_get_step_id (DorsalTour *self,
                         guint       step)
{
  g_return_val_if_fail (DORSAL_IS_TOUR (self), NULL);
  g_return_val_if_fail (step < self->steps->len, NULL);

  return get_step (self, step)->id;
}

/* One of "posterior", "anterior", "lateral", "vertebra". */
const char *
dorsal_tour_get_step_view (DorsalTour *self,
                           guint       step)
{
  g_return_val_if_fail (DORSAL_IS_TOUR (self), NULL);
  g_return_val_if_fail (step < self->steps->len, NULL);

  return get_step (self, step)->view;
}

const char *
dorsal_tour_get_step_title (DorsalTour *self,
                            guint       step)
{
  g_return_val_if_fail (DORSAL_IS_TOUR (self), NULL);
  g_return_val_if_fail (step < self->steps->len, NULL);

  return get_step (self, step)->title;
}

const char *
dorsal_tour_get_step_text (DorsalTour *self,
                           guint       step)
{
  g_return_val_if_fail (DORSAL_IS_TOUR (self), NULL);
  g_return_val_if_fail (step < self->steps->len, NULL);

  return get_step (self, step)->text;
}

/* The SVG ids the step highlights and zooms to. */
const char * const *
dorsal_tour_get_step_ids (DorsalTour *self,
                          guint       step)
{
  g_return_val_if_fail (DORSAL_IS_TOUR (self), NULL);
  g_return_val_if_fail (step < self->steps->len, NULL);

  return (const char * const *) get_step (self, step)->ids;
}

guint
dorsal_tour_get_position (DorsalTour *self)
{
  g_return_val_if_fail (DORSAL_IS_TOUR (self), 0);

  return self->position;
}

void
dorsal_tour_set_position (DorsalTour *self,
                          guint       position)
{
  g_return_if_fail (DORSAL_IS_TOUR (self));
  g_return_if_fail (self->steps->len > 0);

  position = MIN (position, self->steps->len - 1);
  if (position == self->position)
    return;

  self->position = position;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

/* Returns: %FALSE at the last step, where it stays */
gboolean
dorsal_tour_next (DorsalTour *self)
{
  g_return_val_if_fail (DORSAL_IS_TOUR (self), FALSE);

  if (self->position + 1 >= self->steps->len)
    return FALSE;

  dorsal_tour_set_position (self, self->position + 1);
  return TRUE;
}

/* Returns: %FALSE at the first step, where it stays */
gboolean
dorsal_tour_previous (DorsalTour *self)
{
  g_return_val_if_fail (DORSAL_IS_TOUR (self), FALSE);

  if (self->position == 0)
    return FALSE;

  dorsal_tour_set_position (self, self->position - 1);
  return TRUE;
}

static void
dorsal_tour_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DorsalTour *self = DORSAL_TOUR (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      g_value_set_uint (value, self->position);
      break;

    case PROP_N_STEPS:
      g_value_set_uint (value, self->steps->len);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dorsal_tour_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DorsalTour *self = DORSAL_TOUR (object);

  switch (prop_id)
    {
    case PROP_POSITION:
      dorsal_tour_set_position (self, g_value_get_uint (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dorsal_tour_finalize (GObject *object)
{
  DorsalTour *self = DORSAL_TOUR (object);

  g_clear_pointer (&self->steps, g_array_unref);

  G_OBJECT_CLASS (dorsal_tour_parent_class)->finalize (object);
}

static void
dorsal_tour_class_init (DorsalTourClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dorsal_tour_finalize;
  object_class->get_property = dorsal_tour_get_property;
  object_class->set_property = dorsal_tour_set_property;

  properties[PROP_POSITION] =
    g_param_spec_uint ("position", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_STEPS] =
    g_param_spec_uint ("n-steps", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dorsal_tour_init (DorsalTour *self)
{
  self->steps = g_array_new (FALSE, TRUE, sizeof (Step));
  g_array_set_clear_func (self->steps, step_clear);
}
