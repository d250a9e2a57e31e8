import io.eventwire.extract.reference.ReferenceData;
import io.eventwire.extract.RuleBasedExtractor;
import io.eventwire.extract.model.Article;
import java.nio.file.*; import java.util.*; import java.time.LocalDate;
// Load time, retained heap of ReferenceData and one-thread speed over a corpus folder (default ../shared/corpus/dev; run from the repository root).
// See README.md: javac -cp extract/target/classes -d /tmp/lb tools/reference/LoadBench.java && java -cp /tmp/lb:extract/target/classes LoadBench [dir]
public class LoadBench { public static void main(String[] a) throws Exception {
  long t0=System.nanoTime(); ReferenceData r=ReferenceData.load(); long cold=(System.nanoTime()-t0)/1000000;
  Runtime rt=Runtime.getRuntime(); for(int i=0;i<3;i++) ReferenceData.load();
  t0=System.nanoTime(); for(int i=0;i<5;i++) ReferenceData.load(); long warm=(System.nanoTime()-t0)/5000000;
  long b=used(rt); List<ReferenceData> h=new ArrayList<>(); for(int i=0;i<5;i++) h.add(ReferenceData.load()); long af=used(rt);
  System.out.printf("load cold %d ms warm %d ms heap %.1f MiB%n",cold,warm,(af-b)/5.0/(1<<20)); h.clear();
  List<String> texts=new ArrayList<>(); try(var s=Files.list(Path.of(a.length > 0 ? a[0] : "../shared/corpus/dev"))){for(Path p: s.filter(p->p.toString().endsWith(".txt")).sorted().toList()) texts.add(Files.readString(p));}
  RuleBasedExtractor ex=new RuleBasedExtractor(); LocalDate d=LocalDate.of(2024,6,1);
  for(int k=0;k<40;k++) for(String t:texts) ex.extract(new Article("w",t,d,null));
  var mx=java.lang.management.ManagementFactory.getThreadMXBean();
  for(int rep=0;rep<5;rep++){ int n=0; t0=System.nanoTime(); long c0=mx.getCurrentThreadCpuTime(); for(int k=0;k<40;k++) for(String t:texts){ex.extract(new Article("b",t,d,null));n++;}
  double s=(System.nanoTime()-t0)/1e9; double cs=(mx.getCurrentThreadCpuTime()-c0)/1e9; System.out.printf("extract %d articles %.2fs wall = %.0f articles/s; %.2fs cpu = %.0f articles/s per core%n",n,s,n/s,cs,n/cs);}
}
static long used(Runtime rt){for(int i=0;i<4;i++)System.gc(); return rt.totalMemory()-rt.freeMemory();}}
