/** The parts of the extension API the browser tests call inside the service worker and extension pages. */
declare namespace chrome {
  namespace runtime {
    function sendMessage(message: unknown): Promise<{ ok: boolean; value?: never; error?: string }>;
  }
  namespace storage {
    namespace local {
      function get(key: string): Promise<Record<string, unknown>>;
      function set(items: Record<string, unknown>): Promise<void>;
    }
  }
  namespace tabs {
    function query(info: { url?: string | string[]; active?: boolean }): Promise<{ id?: number; url?: string; pendingUrl?: string }[]>;
  }
  namespace commands {
    function getAll(): Promise<{ name?: string; shortcut?: string }[]>;
  }
  namespace action {
    function getBadgeText(details: { tabId?: number }): Promise<string>;
  }
}
