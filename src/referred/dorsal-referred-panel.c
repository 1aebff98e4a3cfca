/* dorsal-referred-panel.c: "what else can hurt here", the referred-pain panel
 *
 * Pain in the upper back does not always come from the back. The panel lists,
 * for a spot on the skin, the organs that can send pain there with the signs
 * that mean "get help", and for an organ, where its pain is felt.
 *
 * Copyright 2026 The Dorsal authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "dorsal-referred-panel.h"

#include <glib/gi18n.h>

struct _DorsalReferredPanel
{
  GtkWidget parent_instance;

  DorsalReferred *referred;
  DorsalTriage   *triage;
  char           *area;
  char           *organ;
  char           *error;
  guint           n_organs_shown;

  GtkWidget *scroller;
  GtkWidget *box;
};

G_DEFINE_FINAL_TYPE (DorsalReferredPanel, dorsal_referred_panel, GTK_TYPE_WIDGET)

enum {
  TOPIC_REQUESTED,
  ORGAN_CHOSEN,
  CLOSED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static const struct {
  const char *id;
  const char *name;
} area_names[] = {
  { "referred-chest-centre", N_("The centre of the chest") },
  { "referred-left-arm", N_("The left arm") },
  { "referred-jaw", N_("The jaw") },
  { "referred-neck", N_("The neck") },
  { "referred-between-shoulder-blades", N_("Between the shoulder blades") },
  { "referred-under-right-ribs", N_("Under the right ribs") },
  { "referred-right-shoulder-blade-tip", N_("The tip of the right shoulder blade") },
  { "referred-upper-belly", N_("The upper belly") },
  { "referred-mid-back", N_("The middle of the back") },
  { "referred-flank-left", N_("The left side, below the ribs") },
  { "referred-flank-right", N_("The right side, below the ribs") },
  { "referred-band-left", N_("A band around the left side of the chest") },
  { "referred-band-right", N_("A band around the right side of the chest") },
};

/**
 * dorsal_referred_area_get_name:
 * @area_id: a "referred-*" id
 *
 * Returns: (nullable): the translated name of the spot, or %NULL
 */
const char *
dorsal_referred_area_get_name (const char *area_id)
{
  g_return_val_if_fail (area_id != NULL, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (area_names); i++)
    if (g_str_equal (area_names[i].id, area_id))
      return _(area_names[i].name);

  return NULL;
}

static void
clear_box (DorsalReferredPanel *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->box)) != NULL)
    gtk_box_remove (GTK_BOX (self->box), child);
  self->n_organs_shown = 0;
}

static GtkWidget *
add_label (DorsalReferredPanel *self,
           const char          *text,
           const char          *css_class)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (self->box), label);
  return label;
}

static void
on_topic_clicked (GtkButton           *button,
                  DorsalReferredPanel *self)
{
  const char *topic = g_object_get_data (G_OBJECT (button), "topic");

  g_signal_emit (self, signals[TOPIC_REQUESTED], 0, topic);
}

static void
on_organ_clicked (GtkButton           *button,
                  DorsalReferredPanel *self)
{
  const char *organ = g_object_get_data (G_OBJECT (button), "organ");

  if (dorsal_referred_panel_show_organ (self, organ))
    g_signal_emit (self, signals[ORGAN_CHOSEN], 0, organ);
}

static void
on_close_clicked (DorsalReferredPanel *self)
{
  g_signal_emit (self, signals[CLOSED], 0);
}

static const char *
level_title (DorsalReferredPanel *self,
             const char          *level_id)
{
  const DorsalLevel *level = self->triage != NULL ? dorsal_triage_find_level (self->triage, level_id) : NULL;

  return level != NULL ? dorsal_level_get_title (level) : level_id;
}

static GtkWidget *
organ_button (DorsalReferredPanel       *self,
              const DorsalReferredOrgan *organ,
              const char                *label)
{
  GtkWidget *button = gtk_button_new_with_label (label);

  g_object_set_data_full (G_OBJECT (button), "organ",
                          g_strdup (dorsal_referred_organ_get_id (organ)), g_free);
  g_signal_connect (button, "clicked", G_CALLBACK (on_organ_clicked), self);
  return button;
}

/* Adds @button to @flow in a cell of its own that does not take the focus: the
 * button does, and the cell has no name of its own. The cell is made unfocusable
 * before it is added, since a screen reader keeps the states it first saw. */
static void
append_cell (GtkFlowBox *flow,
             GtkWidget  *button)
{
  GtkWidget *cell = gtk_flow_box_child_new ();

  gtk_widget_set_focusable (cell, FALSE);
  gtk_flow_box_child_set_child (GTK_FLOW_BOX_CHILD (cell), button);
  gtk_flow_box_append (flow, cell);
}

/* One organ: how its pain feels, the signs that need help and how soon, and
 * links to its page and to where its pain is felt. */
static void
add_organ_card (DorsalReferredPanel       *self,
                const DorsalReferredOrgan *organ,
                gboolean                   with_areas_button)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *title = gtk_label_new (dorsal_referred_organ_get_name (organ));
  GtkWidget *feels = gtk_label_new (dorsal_referred_organ_get_feels (organ));
  GtkWidget *signs = gtk_label_new (_("Get help if:"));
  GtkWidget *buttons = gtk_flow_box_new ();
  GtkWidget *link;
  g_autofree char *link_label = NULL;

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "dorsal-referred-card");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_widget_add_css_class (title, "heading");
  gtk_box_append (GTK_BOX (card), title);

  gtk_label_set_xalign (GTK_LABEL (feels), 0);
  gtk_label_set_wrap (GTK_LABEL (feels), TRUE);
  gtk_box_append (GTK_BOX (card), feels);

  gtk_label_set_xalign (GTK_LABEL (signs), 0);
  gtk_widget_add_css_class (signs, "heading");
  gtk_box_append (GTK_BOX (card), signs);

  for (guint i = 0; i < dorsal_referred_organ_get_n_warnings (organ); i++)
    {
      g_autofree char *line = NULL;
      GtkWidget *label;

      /* Translators: a warning sign, then what to do and how soon, e.g. "• Sudden, tearing pain — Call the emergency number now" */
      line = g_strdup_printf (_("• %s — %s"), dorsal_referred_organ_get_warning (organ, i),
                              level_title (self, dorsal_referred_organ_get_warning_level (organ, i)));
      label = gtk_label_new (line);
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_box_append (GTK_BOX (card), label);
    }

  /* Translators: a link to the page about an organ, e.g. "Read about the heart" */
  link_label = g_strdup_printf (_("Read about: %s"), dorsal_referred_organ_get_name (organ));
  link = gtk_button_new_with_label (link_label);
  gtk_widget_add_css_class (link, "pill");
  g_object_set_data_full (G_OBJECT (link), "topic",
                          g_strdup (dorsal_referred_organ_get_topic (organ)), g_free);
  g_signal_connect (link, "clicked", G_CALLBACK (on_topic_clicked), self);
  /* the two buttons sit side by side where there is room and wrap where there is not:
   * in a row they made the pane wider than a 1280 px window has room for beside the
   * drawing, and the window folded to the drawing alone */
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (buttons), GTK_SELECTION_NONE);
  gtk_flow_box_set_homogeneous (GTK_FLOW_BOX (buttons), FALSE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (buttons), 2);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (buttons), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (buttons), 6);
  append_cell (GTK_FLOW_BOX (buttons), link);

  if (with_areas_button)
    {
      GtkWidget *where = organ_button (self, organ, _("Where Is It Felt?"));

      gtk_widget_add_css_class (where, "pill");
      append_cell (GTK_FLOW_BOX (buttons), where);
    }
  gtk_widget_set_margin_top (buttons, 6);
  gtk_box_append (GTK_BOX (card), buttons);
  gtk_box_append (GTK_BOX (self->box), card);
  self->n_organs_shown++;
}

static void
add_footer (DorsalReferredPanel *self)
{
  GtkWidget *close = gtk_button_new_with_label (_("Back to the Topic"));

  add_label (self, self->triage != NULL ? dorsal_triage_get_notice (self->triage)
                                         : _("This is not a diagnosis."), "dim-label");
  gtk_widget_set_halign (close, GTK_ALIGN_START);
  g_signal_connect_swapped (close, "clicked", G_CALLBACK (on_close_clicked), self);
  gtk_box_append (GTK_BOX (self->box), close);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller)), 0);
}

/**
 * dorsal_referred_panel_show_intro:
 *
 * What referred pain is, and every organ to choose from: the way in for a
 * keyboard or screen-reader user, who cannot tap the drawing.
 */
void
dorsal_referred_panel_show_intro (DorsalReferredPanel *self)
{
  GtkWidget *flow;

  g_return_if_fail (DORSAL_IS_REFERRED_PANEL (self));

  g_clear_pointer (&self->area, g_free);
  g_clear_pointer (&self->organ, g_free);
  clear_box (self);

  add_label (self, _("What Else Can Hurt Here?"), "title-2");
  if (self->referred == NULL)
    {
      /* the data did not load: say so, and what was wrong, rather than show an empty panel */
      add_label (self, _("This information could not be loaded. The rest of Dorsal works as usual."), NULL);
      if (self->error != NULL)
        add_label (self, self->error, "dim-label");
      add_footer (self);
      return;
    }
  add_label (self, _("Pain in the upper back does not always come from the back. Some organs send pain to the skin of the back or chest. Tap a coloured spot on the drawing to see which organs can cause pain there. Or choose an organ to see where its pain is felt."), NULL);

  flow = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 3);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 6);
  for (guint i = 0; self->referred != NULL && i < dorsal_referred_get_n_organs (self->referred); i++)
    {
      const DorsalReferredOrgan *organ = dorsal_referred_get_organ (self->referred, i);

      append_cell (GTK_FLOW_BOX (flow), organ_button (self, organ, dorsal_referred_organ_get_name (organ)));
    }
  gtk_box_append (GTK_BOX (self->box), flow);
  add_footer (self);
}

/**
 * dorsal_referred_panel_show_area:
 * @area_id: a "referred-*" area or a "zone-*" body-map zone
 *
 * Returns: %TRUE if some organ sends pain there
 */
gboolean
dorsal_referred_panel_show_area (DorsalReferredPanel *self,
                                 const char          *area_id)
{
  g_autoptr(GPtrArray) organs = NULL;
  const char *name;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (DORSAL_IS_REFERRED_PANEL (self), FALSE);
  g_return_val_if_fail (area_id != NULL, FALSE);

  if (self->referred == NULL)
    return FALSE;

  organs = dorsal_referred_organs_for_area (self->referred, area_id);
  if (organs == NULL || organs->len == 0)
    return FALSE;

  g_free (self->area);
  self->area = g_strdup (area_id);
  g_clear_pointer (&self->organ, g_free);
  clear_box (self);

  name = dorsal_referred_area_get_name (area_id);
  add_label (self, _("What Else Can Hurt Here?"), "title-2");
  if (name != NULL)
    add_label (self, name, "title-4");
  heading = g_strdup_printf (ngettext ("%u organ can send pain to this spot. If you have one of its warning signs, get help as it says.",
                                       "%u organs can send pain to this spot. If you have one of their warning signs, get help as it says.",
                                       organs->len), organs->len);
  add_label (self, heading, NULL);

  for (guint i = 0; i < organs->len; i++)
    add_organ_card (self, g_ptr_array_index (organs, i), TRUE);

  add_footer (self);
  return TRUE;
}

/**
 * dorsal_referred_panel_show_organ:
 * @organ_id: an organ of the referred-pain data ("heart") or one of its parts ("organ-heart")
 *
 * Returns: %TRUE if the organ is known
 */
gboolean
dorsal_referred_panel_show_organ (DorsalReferredPanel *self,
                                  const char          *organ_id)
{
  const DorsalReferredOrgan *organ;
  const char * const *areas;
  g_autofree char *heading = NULL;

  g_return_val_if_fail (DORSAL_IS_REFERRED_PANEL (self), FALSE);
  g_return_val_if_fail (organ_id != NULL, FALSE);

  if (self->referred == NULL || (organ = dorsal_referred_find_organ (self->referred, organ_id)) == NULL)
    return FALSE;

  g_free (self->organ);
  self->organ = g_strdup (dorsal_referred_organ_get_id (organ));
  g_clear_pointer (&self->area, g_free);
  clear_box (self);

  /* Translators: a heading, e.g. "Where pain from the heart is felt: Heart" */
  heading = g_strdup_printf (_("Where Its Pain Is Felt: %s"), dorsal_referred_organ_get_name (organ));
  add_label (self, heading, "title-2");

  areas = dorsal_referred_organ_get_areas (organ, NULL);
  for (guint i = 0; areas != NULL && areas[i] != NULL; i++)
    {
      const char *name = dorsal_referred_area_get_name (areas[i]);
      g_autofree char *line = NULL;

      if (name == NULL)
        continue;
      line = g_strdup_printf ("• %s", name);
      add_label (self, line, NULL);
    }

  add_organ_card (self, organ, FALSE);
  add_footer (self);
  return TRUE;
}

/**
 * dorsal_referred_panel_set_error:
 * @message: (nullable): why the referred-pain data did not load
 */
void
dorsal_referred_panel_set_error (DorsalReferredPanel *self,
                                 const char          *message)
{
  g_return_if_fail (DORSAL_IS_REFERRED_PANEL (self));

  g_free (self->error);
  self->error = g_strdup (message);
  dorsal_referred_panel_show_intro (self);
}

const char *
dorsal_referred_panel_get_error (DorsalReferredPanel *self)
{
  g_return_val_if_fail (DORSAL_IS_REFERRED_PANEL (self), NULL);
  return self->error;
}

const char *
dorsal_referred_panel_get_area (DorsalReferredPanel *self)
{
  g_return_val_if_fail (DORSAL_IS_REFERRED_PANEL (self), NULL);
  return self->area;
}

const char *
dorsal_referred_panel_get_organ (DorsalReferredPanel *self)
{
  g_return_val_if_fail (DORSAL_IS_REFERRED_PANEL (self), NULL);
  return self->organ;
}

guint
dorsal_referred_panel_get_n_organs_shown (DorsalReferredPanel *self)
{
  g_return_val_if_fail (DORSAL_IS_REFERRED_PANEL (self), 0);
  return self->n_organs_shown;
}

GtkWidget *
dorsal_referred_panel_new (DorsalReferred *referred,
                           DorsalTriage   *triage)
{
  DorsalReferredPanel *self = g_object_new (DORSAL_TYPE_REFERRED_PANEL, NULL);

  g_set_object (&self->referred, referred);
  g_set_object (&self->triage, triage);
  dorsal_referred_panel_show_intro (self);
  return GTK_WIDGET (self);
}

static void
dorsal_referred_panel_dispose (GObject *object)
{
  DorsalReferredPanel *self = DORSAL_REFERRED_PANEL (object);

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->referred);
  g_clear_object (&self->triage);
  g_clear_pointer (&self->area, g_free);
  g_clear_pointer (&self->organ, g_free);
  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (dorsal_referred_panel_parent_class)->dispose (object);
}

static void
dorsal_referred_panel_class_init (DorsalReferredPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dorsal_referred_panel_dispose;

  /**
   * DorsalReferredPanel::topic-requested:
   * @topic_id: the atlas topic of an organ
   */
  signals[TOPIC_REQUESTED] =
    g_signal_new ("topic-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * DorsalReferredPanel::organ-chosen:
   * @organ_id: the organ whose areas should light up on the drawing
   */
  signals[ORGAN_CHOSEN] =
    g_signal_new ("organ-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[CLOSED] =
    g_signal_new ("closed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_css_name (widget_class, "referredpanel");
}

static void
dorsal_referred_panel_init (DorsalReferredPanel *self)
{
  GtkWidget *clamp = adw_clamp_new ();

  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  gtk_widget_set_margin_start (self->box, 18);
  gtk_widget_set_margin_end (self->box, 18);
  gtk_widget_set_margin_top (self->box, 18);
  gtk_widget_set_margin_bottom (self->box, 18);
  adw_clamp_set_child (ADW_CLAMP (clamp), self->box);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), clamp);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("What else can hurt here"), -1);
}
