/**
 * The subset of the Adaptive Card schema the wijkwijzer uses, as types, and small builders for it.
 * Every card is built from these, so a typo in a property name is a compile error, not a card
 * that Teams or Web Chat silently renders wrong. Elements are generic over the actions they may
 * hold: a Web Chat card cannot contain an `Action.Execute`, because Web Chat cannot run one
 * (microsoft/BotFramework-WebChat#3844). See docs/adr/0008-teams-cards-and-actions.md.
 */

export type Spacing = 'none' | 'small' | 'default' | 'medium' | 'large' | 'extraLarge' | 'padding';
export type TextColour = 'default' | 'dark' | 'light' | 'accent' | 'good' | 'warning' | 'attention';
export type TextSize = 'small' | 'default' | 'medium' | 'large' | 'extraLarge';
export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'attention' | 'warning' | 'accent';
export type ActionStyle = 'default' | 'positive' | 'destructive';

/** Plain JSON, as card `data` must be. */
export type JsonValue =
  string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export interface TextBlock {
  readonly type: 'TextBlock';
  readonly text: string;
  readonly wrap?: boolean;
  readonly weight?: 'default' | 'lighter' | 'bolder';
  readonly size?: TextSize;
  readonly color?: TextColour;
  readonly isSubtle?: boolean;
  readonly spacing?: Spacing;
  readonly separator?: boolean;
}

export interface Fact {
  readonly title: string;
  readonly value: string;
}

export interface FactSet {
  readonly type: 'FactSet';
  readonly facts: readonly Fact[];
  readonly spacing?: Spacing;
  readonly separator?: boolean;
}

export interface InputChoice {
  readonly title: string;
  readonly value: string;
}

export interface InputChoiceSet {
  readonly type: 'Input.ChoiceSet';
  readonly id: string;
  readonly label: string;
  readonly choices: readonly InputChoice[];
  readonly style?: 'compact' | 'expanded';
  readonly isRequired?: boolean;
  readonly errorMessage?: string;
  readonly placeholder?: string;
}

export interface InputText {
  readonly type: 'Input.Text';
  readonly id: string;
  readonly label: string;
  readonly isMultiline?: boolean;
  readonly maxLength?: number;
  readonly placeholder?: string;
}

export interface ActionExecute {
  readonly type: 'Action.Execute';
  readonly title: string;
  readonly verb: string;
  readonly data: { readonly [key: string]: JsonValue };
  readonly style?: ActionStyle;
  /** `none` keeps a button from being blocked by (or sending) inputs meant for another button. */
  readonly associatedInputs?: 'auto' | 'none';
}

export interface ActionSubmit {
  readonly type: 'Action.Submit';
  readonly title: string;
  readonly data: { readonly [key: string]: JsonValue };
  readonly style?: ActionStyle;
}

export interface ActionOpenUrl {
  readonly type: 'Action.OpenUrl';
  readonly title: string;
  readonly url: string;
}

/** A button that unfolds a small card, such as the outcome choice behind "Afronden". */
export interface ActionShowCard<A> {
  readonly type: 'Action.ShowCard';
  readonly title: string;
  readonly card: {
    readonly type: 'AdaptiveCard';
    readonly body: readonly CardElement<A>[];
    readonly actions: readonly A[];
  };
}

export interface Column<A> {
  readonly type: 'Column';
  readonly width?: 'auto' | 'stretch' | number;
  readonly items: readonly CardElement<A>[];
}

export interface ColumnSet<A> {
  readonly type: 'ColumnSet';
  readonly columns: readonly Column<A>[];
  readonly spacing?: Spacing;
  readonly separator?: boolean;
}

export interface Container<A> {
  readonly type: 'Container';
  readonly items: readonly CardElement<A>[];
  readonly style?: ContainerStyle;
  readonly spacing?: Spacing;
  readonly separator?: boolean;
}

export interface ActionSet<A> {
  readonly type: 'ActionSet';
  readonly actions: readonly A[];
  readonly spacing?: Spacing;
}

export type CardElement<A> =
  TextBlock | FactSet | InputChoiceSet | InputText | ColumnSet<A> | Container<A> | ActionSet<A>;

/** Actions Teams runs: Universal Actions, links and unfolding cards. */
export type TeamsAction = ActionExecute | ActionOpenUrl | ActionShowCard<TeamsAction>;
/** Actions Web Chat runs: plain submit and links. */
export type WebChatAction = ActionSubmit | ActionOpenUrl;

export const ADAPTIVE_CARD_SCHEMA = 'http://adaptivecards.io/schemas/adaptive-card.json';

/** Profile 2, for staff in Teams: Adaptive Cards 1.5 with Universal Actions and user-specific views. */
export interface TeamsCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: typeof ADAPTIVE_CARD_SCHEMA;
  readonly version: '1.5';
  readonly body: readonly CardElement<TeamsAction>[];
  readonly actions?: readonly TeamsAction[];
  readonly refresh?: {
    readonly action: ActionExecute;
    /** Teams user ids (MRIs) whose client fetches a personal view; Teams takes at most 60. */
    readonly userIds: readonly string[];
  };
}

/** Profile 1, for residents in Web Chat: Adaptive Cards 1.3, only Action.Submit and Action.OpenUrl. */
export interface WebChatCard {
  readonly type: 'AdaptiveCard';
  readonly $schema: typeof ADAPTIVE_CARD_SCHEMA;
  readonly version: '1.3';
  readonly body: readonly CardElement<WebChatAction>[];
  readonly actions?: readonly WebChatAction[];
  /** What a screen reader says for the card (Web Chat reads it instead of "1 bijlage"). */
  readonly speak?: string;
}

/** Teams shows a user-specific view to at most this many users per card (msteams-docs PR #5770). */
export const MAX_REFRESH_USER_IDS = 60;

// ---------------------------------------------------------------------------------------------
// Builders. Optional settings are spread in only when given, so the JSON carries no `undefined`.

type Options<T, K extends keyof T> = Partial<Omit<T, K | 'type'>>;

export function textBlock(text: string, options: Options<TextBlock, 'text'> = {}): TextBlock {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

export function heading(text: string): TextBlock {
  return { type: 'TextBlock', text, wrap: true, weight: 'bolder', size: 'medium' };
}

export function factSet(
  facts: readonly (Fact | undefined)[],
  options: Options<FactSet, 'facts'> = {},
): FactSet {
  return {
    type: 'FactSet',
    facts: facts.filter((fact): fact is Fact => fact !== undefined),
    ...options,
  };
}

export function fact(title: string, value: string): Fact {
  return { title, value };
}

export function container<A>(
  items: readonly (CardElement<A> | undefined)[],
  options: Options<Container<A>, 'items'> = {},
): Container<A> {
  return {
    type: 'Container',
    items: items.filter((item): item is CardElement<A> => item !== undefined),
    ...options,
  };
}

export function column<A>(
  items: readonly CardElement<A>[],
  width: Column<A>['width'] = 'stretch',
): Column<A> {
  return { type: 'Column', width, items };
}

export function columnSet<A>(
  columns: readonly Column<A>[],
  options: Options<ColumnSet<A>, 'columns'> = {},
): ColumnSet<A> {
  return { type: 'ColumnSet', columns, ...options };
}

export function choiceSet(
  id: string,
  label: string,
  choices: readonly InputChoice[],
  options: Options<InputChoiceSet, 'id' | 'label' | 'choices'> = {},
): InputChoiceSet {
  return { type: 'Input.ChoiceSet', id, label, choices, ...options };
}

export function textInput(
  id: string,
  label: string,
  options: Options<InputText, 'id' | 'label'> = {},
): InputText {
  return { type: 'Input.Text', id, label, ...options };
}

export function executeAction(
  title: string,
  verb: string,
  data: ActionExecute['data'],
  options: Options<ActionExecute, 'title' | 'verb' | 'data'> = {},
): ActionExecute {
  return { type: 'Action.Execute', title, verb, data, ...options };
}

export function submitAction(
  title: string,
  data: ActionSubmit['data'],
  options: Options<ActionSubmit, 'title' | 'data'> = {},
): ActionSubmit {
  return { type: 'Action.Submit', title, data, ...options };
}

export function openUrlAction(title: string, url: string): ActionOpenUrl {
  return { type: 'Action.OpenUrl', title, url };
}

export function showCardAction<A>(
  title: string,
  body: readonly CardElement<A>[],
  actions: readonly A[],
): ActionShowCard<A> {
  return { type: 'Action.ShowCard', title, card: { type: 'AdaptiveCard', body, actions } };
}

export function teamsCard(
  body: readonly CardElement<TeamsAction>[],
  options: {
    readonly actions?: readonly TeamsAction[];
    readonly refresh?: TeamsCard['refresh'];
  } = {},
): TeamsCard {
  const refresh =
    options.refresh === undefined
      ? undefined
      : {
          action: options.refresh.action,
          userIds: options.refresh.userIds.slice(0, MAX_REFRESH_USER_IDS),
        };
  return {
    type: 'AdaptiveCard',
    $schema: ADAPTIVE_CARD_SCHEMA,
    version: '1.5',
    ...(refresh === undefined ? {} : { refresh }),
    body,
    ...(options.actions === undefined || options.actions.length === 0
      ? {}
      : { actions: options.actions }),
  };
}

export function webChatCard(
  body: readonly CardElement<WebChatAction>[],
  actions: readonly WebChatAction[] = [],
): WebChatCard {
  return {
    type: 'AdaptiveCard',
    $schema: ADAPTIVE_CARD_SCHEMA,
    version: '1.3',
    body,
    ...(actions.length === 0 ? {} : { actions }),
  };
}
