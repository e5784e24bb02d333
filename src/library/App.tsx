export default function App() {
  return <main class="library">Paperdex library</main>;
}
